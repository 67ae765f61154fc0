import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { getAccountViewer, isStaff, type Viewer } from "@/lib/auth/viewer";
import { getCurrentOffice, type Office } from "@/lib/offices/current";
import { getRequestIp } from "@/lib/request-ip";

/** The one result every server action returns; codes and field errors are message keys, never English text. */
export type ActionResult<T = void> = { ok: true; data: T } | { ok: false; code: string; fieldErrors?: Record<string, string> };

/** An expected failure the user can act on; `code` is a key in messages/*.json, `field` the input it is about. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = "UserError";
  }
}

export type Guard = "public" | "client" | "staff_account" | "staff" | "admin";
export const GUARD = Symbol.for("klantenportaal.action-guard");

export type PublicContext = { office: Office; viewer: Viewer | null; ip: string | null };
export type SignedInContext = { office: Office; viewer: Viewer; ip: string | null };

// Integration tests call actions outside a Next.js request: they supply office, viewer and IP here instead of
// the request headers and session cookie. Everything after that (role check, parsing, handler) runs as usual.
const injectedContext = new AsyncLocalStorage<PublicContext>();

/** For integration tests only: runs `fn` as if the request came from this office, viewer and IP. */
export function runWithRequestContext<T>(context: PublicContext, fn: () => Promise<T>): Promise<T> {
  return injectedContext.run(context, fn);
}

export function isInjectedContext(): boolean {
  return injectedContext.getStore() !== undefined;
}

async function requestContext(): Promise<PublicContext | null> {
  const injected = injectedContext.getStore();
  if (injected) return injected;
  const office = await getCurrentOffice();
  if (!office) return null;
  return { office, viewer: await getAccountViewer(), ip: await getRequestIp() };
}

type GuardedAction<S extends z.ZodType, T> = ((input: z.input<S> | FormData) => Promise<ActionResult<T>>) & {
  [GUARD]: Guard;
};

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    // Schemas give message keys ("errors.required", "admin_settings.colour_contrast"); zod's own English
    // defaults (spaces, capitals) become a generic key.
    fieldErrors[field] ??= /^[a-z_]+(\.[a-z0-9_]+)+$/.test(issue.message) ? issue.message : "errors.invalid";
  }
  return fieldErrors;
}

function allowed(guard: Guard, viewer: Viewer | null): boolean {
  if (guard === "public") return true;
  if (guard === "client") return viewer?.role === "client";
  if (guard === "staff_account") return viewer?.role === "staff" || viewer?.role === "admin";
  if (guard === "staff") return isStaff(viewer);
  return isStaff(viewer) && viewer.role === "admin";
}

function guarded<S extends z.ZodType, T>(
  guard: Guard,
  schema: S,
  handler: (input: z.output<S>, context: SignedInContext & PublicContext) => Promise<T>,
): GuardedAction<S, T> {
  const action = async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const context = await requestContext();
      if (!context) return { ok: false, code: "errors.not_found" };
      const { office, viewer, ip } = context;
      if (!allowed(guard, viewer)) {
        if (viewer) {
          await recordAudit(await getDb(), {
            officeId: office.id,
            actorId: viewer.userId,
            action: "auth.forbidden_action",
            ip,
            data: { guard },
          });
        }
        // Staff who must still set up 2-step verification: say what to do (their role is not in doubt).
        if (viewer?.twoFactorSetupRequired && (guard === "staff" || guard === "admin")) {
          return { ok: false, code: "two_factor.setup_required" };
        }
        // Same answer as for something that does not exist: nothing leaks about what is there.
        return { ok: false, code: viewer ? "errors.not_found" : "errors.signed_out" };
      }
      const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) return { ok: false, code: "errors.invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await handler(parsed.data, { office, viewer: viewer as Viewer, ip }) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() work by throwing
      if (error instanceof UserError) {
        return error.field ? { ok: false, code: error.code, fieldErrors: { [error.field]: error.code } } : { ok: false, code: error.code };
      }
      console.error("Server action failed", error);
      return { ok: false, code: "errors.unexpected" };
    }
  };
  return Object.assign(action, { [GUARD]: guard });
}

/** Anyone may call it (sign-in, set-password request); the office still comes from the request host. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: PublicContext) => Promise<T>) {
  return guarded("public", schema, handler);
}

export function clientAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: SignedInContext) => Promise<T>) {
  return guarded("client", schema, handler);
}

/** A staff member's own account (language, password, sessions, 2-step): also before 2-step is set up. */
export function staffAccountAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: SignedInContext) => Promise<T>,
) {
  return guarded("staff_account", schema, handler);
}

export function staffAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: SignedInContext) => Promise<T>) {
  return guarded("staff", schema, handler);
}

export function adminAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: SignedInContext) => Promise<T>) {
  return guarded("admin", schema, handler);
}
