"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { linkClientsAction } from "@/lib/dossiers/actions";
import { ClientPicker, type ClientResults } from "./client-picker";
import { submitKeepingInput } from "./submit-keeping-input";

/** Link more existing clients to the dossier; after success the picker starts empty again. */
export function LinkClientsForm({ dossierId, linkedIds, clients }: { dossierId: string; linkedIds: string[]; clients: ClientResults }) {
  const t = useTranslations("admin_dossiers.edit");
  const [round, setRound] = useState(0);
  const [linked, setLinked] = useState<number>();
  const { formAction, pending, formError, fieldError } = useActionForm(linkClientsAction, {
    onSuccess: (data) => {
      setLinked(data.linked);
      setRound((n) => n + 1);
    },
  });
  return (
    <form onSubmit={submitKeepingInput(formAction)} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="dossierId" value={dossierId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <ClientPicker key={round} legend={t("link_title")} initial={clients} exclude={linkedIds} error={fieldError("clientIds")} />
      <Button type="submit" disabled={pending} aria-busy={pending} className="self-start">
        <Icon name="link-2" className="size-5" />
        {pending ? t("linking") : t("link")}
      </Button>
      {linked !== undefined && !pending ? <FormAlert tone="success">{t("linked", { count: linked })}</FormAlert> : null}
    </form>
  );
}
