import type { ActionResult } from "@/lib/safe-action";

/** A guarded server action a form posts to: the client or the staff variant, chosen by the page. */
export type AccountAction = (form: FormData) => Promise<ActionResult>;
