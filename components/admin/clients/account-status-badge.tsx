import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AccountStatus } from "@/lib/clients/schema";

const tones = { invited: "info", active: "success", disabled: "danger" } as const;

/** Uitgenodigd / Actief / Geblokkeerd, for clients and staff alike. */
export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const t = useTranslations("accounts.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
