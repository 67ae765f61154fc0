"use client";

import { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { unlinkClientAction } from "@/lib/dossiers/actions";
import type { StaffDossier } from "@/lib/dossiers/queries";
import { ConfirmAction } from "./confirm-action";

/** The dossier's clients, each with Ontkoppelen (asked first); the last one cannot go. */
export function LinkedClients({ dossierId, clients }: { dossierId: string; clients: StaffDossier["clients"] }) {
  const t = useTranslations("admin_dossiers.edit");
  const tStatus = useTranslations("admin_dossiers.status");
  const [message, setMessage] = useState<string>();
  const last = clients.length <= 1;
  return (
    <div className="flex flex-col gap-3">
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {clients.map((client) => (
          <li key={client.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2">
            <span className="flex min-w-0 flex-col">
              <Link href={`/admin/clients/${client.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
                {client.name}
              </Link>
              <span className="truncate text-sm text-slate-700">{client.email}</span>
            </span>
            {last ? null : (
              <ConfirmAction
                trigger={
                  <Button type="button" variant="secondary" aria-label={t("unlink_label", { name: client.name })}>
                    <Icon name="unlink" className="size-5" />
                    {t("unlink")}
                  </Button>
                }
                title={t("unlink_title")}
                description={t("unlink_description", { name: client.name })}
                confirmLabel={t("unlink_confirm")}
                pendingLabel={tStatus("working")}
                action={() => unlinkClientAction({ dossierId, clientId: client.id })}
                onDone={() => setMessage(t("unlinked", { name: client.name }))}
              />
            )}
          </li>
        ))}
      </ul>
      {last ? <p className="text-sm text-slate-700">{t("last_client_hint")}</p> : null}
      <p role="status" className="text-green-800 empty:hidden">
        {message}
      </p>
    </div>
  );
}
