import type { getTranslations } from "next-intl/server";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"admin_audit">>>;

/** A readable name for an audit action ("auth.sign_in" → "Ingelogd"); actions without one show their code. */
export function actionLabel(t: AuditTranslator, action: string): string {
  const key = `actions.${action.replaceAll(".", "_")}`;
  return t.has(key as never) ? t(key as never) : action;
}
