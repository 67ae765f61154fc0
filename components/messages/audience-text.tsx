import { getTranslations } from "next-intl/server";
import type { AudienceLabel } from "@/lib/messages/queries";

/** Who a conversation is for, as staff see it: all clients, the chosen ones, or one client and the office. */
export async function AudienceText({ audience }: { audience: AudienceLabel }) {
  const t = await getTranslations("admin_messages.audience");
  if (audience.kind === "dossier") return <>{t("dossier")}</>;
  const names = audience.names.join(", ");
  return <>{audience.startedByClient ? t("between", { names }) : t("recipients", { names })}</>;
}
