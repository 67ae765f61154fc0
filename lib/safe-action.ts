import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAccountViewer } from "@/lib/auth/viewer";
import { UserError, type ActionResult } from "@/lib/core/errors";
import { isMessageKey } from "@/lib/core/is-message-key";
import type { MessageKey } from "@/lib/core/message-keys";
import {
  isAdmin,
  isClient,
  isStaff,
  type AccountViewer,
  type AdminViewer,
  type ClientViewer,
  type StaffViewer,
  type Viewer,
} from "@/lib/core/viewer";
import { getCurrentOffice, type Office } from "@/lib/offices/current";
import { errorText, log } from "@/lib/log";
import { getRequestIp } from "@/lib/request-ip";

/**
 * Who each guard admits: `account` is any signed-in account for its own settings (also staff who must still set
 * up 2-step verification), `member` a client or staff member with access to the office's data (uploads, messages:
 * the services decide what each role may do with them).
 */
type Admitted = {
  public: AccountViewer | null;
  account: AccountViewer;
  member: Viewer;
  client: ClientViewer;
  staff: StaffViewer;
  admin: AdminViewer;
};
export type Guard = keyof Admitted;
export const GUARDS = ["public", "account", "member", "client", "staff", "admin"] as const satisfies readonly Guard[];
export const GUARD = Symbol.for("klantenportaal.action-guard");

const admits: { [G in Guard]: (viewer: AccountViewer | null) => boolean } = {
  public: () => true,
  account: (viewer) => viewer !== null,
  member: (viewer) => isClient(viewer) || isStaff(viewer),
  client: isClient,
  staff: isStaff,
  admin: isAdmin,
};

/** What a guarded handler gets besides its input: the request's office, the admitted viewer and the client IP. */
export type ActionContext<G extends Guard = "member"> = { office: Office; viewer: Admitted[G]; ip: string | null };
type RequestContext = ActionContext<"public">;

// Integration tests call actions outside a Next.js request: they supply office, viewer and IP here instead of
// the request headers and session cookie. Everything after that (role check, parsing, handler) runs as usual.
const injectedContext = new AsyncLocalStorage<RequestContext>();

/** For integration tests only: runs `fn` as if the request came from this office, viewer and IP. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => Promise<T>): Promise<T> {
  return injectedContext.run(context, fn);
}

export function isInjectedContext(): boolean {
  return injectedContext.getStore() !== undefined;
}

async function requestContext(): Promise<RequestContext | null> {
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

function fieldErrorsOf(error: z.ZodError): Record<string, MessageKey> {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    // Schemas give message keys ("errors.required", "admin_settings.colour_contrast"); zod's own English
    // defaults (spaces, capitals) become a generic key.
    fieldErrors[field] ??= isMessageKey(issue.message) ? issue.message : "errors.invalid";
  }
  return fieldErrors;
}

function guarded<G extends Guard, S extends z.ZodType, T>(
  guard: G,
  schema: S,
  handler: (input: z.output<S>, context: ActionContext<G>) => Promise<T>,
): GuardedAction<S, T> {
  const action = async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const context = await requestContext();
      if (!context) return { ok: false, code: "errors.not_found" };
      const { office, viewer, ip } = context;
      if (!admits[guard](viewer)) {
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
        if (viewer?.twoFactorSetupRequired && guard !== "account") {
          return { ok: false, code: "two_factor.setup_required" };
        }
        // Same answer as for something that does not exist: nothing leaks about what is there.
        return { ok: false, code: viewer ? "errors.not_found" : "errors.signed_out" };
      }
      const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
      if (!parsed.success) return { ok: false, code: "errors.invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await handler(parsed.data, { office, viewer: viewer as Admitted[G], ip }) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() work by throwing
      if (error instanceof UserError) {
        return error.field ? { ok: false, code: error.code, fieldErrors: { [error.field]: error.code } } : { ok: false, code: error.code };
      }
      log.error({ event: "action.failed", error: errorText(error) }, "server action failed");
      return { ok: false, code: "errors.unexpected" };
    }
  };
  return Object.assign(action, { [GUARD]: guard });
}

/** An action wrapper for one guard: its handler gets the viewer kind that guard admits. */
function actionFor<G extends Guard>(guard: G) {
  return <S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: ActionContext<G>) => Promise<T>) =>
    guarded(guard, schema, handler);
}

/** Anyone may call it (sign-in, set-password request); the office still comes from the request host. */
export const publicAction = actionFor("public");
/** The viewer's own account (language, password, sessions, 2-step): clients and staff, also before 2-step is set up. */
export const accountAction = actionFor("account");
/** Clients and staff alike (uploads, messages); the services apply each role's rules and scopes. */
export const memberAction = actionFor("member");
export const clientAction = actionFor("client");
export const staffAction = actionFor("staff");
export const adminAction = actionFor("admin");
