import en from "../../../messages/en.json" with { type: "json" };
import { UserError } from "../../../lib/core/errors";
import type { z } from "zod";

/** A failure the operator can fix; printed without a stack trace, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** A usage mistake (unknown command or option, missing option); printed with the usage, exit code 2. */
export class UsageError extends CliError {}

/** The English text of a message key such as "errors.invalid_email", as the web forms would show it. */
export function messageText(key: string): string {
  let node: unknown = en;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : key;
}

/** Zod issues as "--option: message" lines, naming the command-line option each value came from. */
export function invalidOptions(error: z.ZodError, options: Record<string, string>): CliError {
  const lines = error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return `${options[field] ?? field}: ${messageText(issue.message)}`;
  });
  return new CliError(lines.join("\n"));
}

/** A UserError from shared code (e.g. "staff.email_taken") in the operator's words. */
export function fromUserError(error: unknown, context: Record<string, string>): never {
  if (error instanceof UserError) {
    const option = error.field ? context[error.field] : undefined;
    throw new CliError(option ? `${option}: ${messageText(error.code)}` : messageText(error.code));
  }
  throw error;
}
