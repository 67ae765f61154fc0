import type { MessageKey } from "./message-keys";

/** The one result every server action returns; codes and field errors are message keys, never English text. */
export type ActionResult<T = void> = { ok: true; data: T } | { ok: false; code: MessageKey; fieldErrors?: Record<string, MessageKey> };

/** A failed ActionResult. */
export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** An expected failure the user can act on; `code` is a key in messages/*.json, `field` the input it is about. */
export class UserError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly field?: string,
  ) {
    super(code);
    this.name = "UserError";
  }
}
