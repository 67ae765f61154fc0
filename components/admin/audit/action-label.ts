import type { getTranslations } from "next-intl/server";
import { auditActionKey } from "@/lib/i18n/data-keys";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"admin_audit">>>;

/** A readable name for an audit action ("auth.sign_in" → "Ingelogd"); actions without one show their code. */
export function actionLabel(t: AuditTranslator, action: string): string {
  const key = auditActionKey(action);
  return key ? t(key) : action;
}
