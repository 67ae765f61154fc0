"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { closeDossierAction, reopenDossierAction } from "@/lib/dossiers/actions";
import { ConfirmAction } from "./confirm-action";

/** Afsluiten / Heropenen with a confirmation; the result message stays until the next change. */
export function DossierStatusButton({ dossierId, status }: { dossierId: string; status: "open" | "closed" }) {
  const t = useTranslations("admin_dossiers.status");
  const [message, setMessage] = useState<string>();
  const closing = status === "open";
  return (
    <>
      <ConfirmAction
        trigger={
          <Button type="button" variant="secondary">
            <Icon name={closing ? "archive" : "archive-arrow-up"} className="size-5" />
            {closing ? t("close") : t("reopen")}
          </Button>
        }
        title={closing ? t("close_title") : t("reopen_title")}
        description={closing ? t("close_description") : t("reopen_description")}
        confirmLabel={closing ? t("close_confirm") : t("reopen_confirm")}
        pendingLabel={t("working")}
        action={() => (closing ? closeDossierAction : reopenDossierAction)({ dossierId })}
        onDone={() => setMessage(closing ? t("closed") : t("reopened"))}
      />
      <p role="status" className="basis-full text-green-800 empty:hidden">
        {message}
      </p>
    </>
  );
}
