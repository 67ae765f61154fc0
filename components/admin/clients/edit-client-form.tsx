"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateClientAction } from "@/lib/clients/actions";
import { ClientFields, type ClientValues } from "./client-fields";

export function EditClientForm({ clientId, initial }: { clientId: string; initial: ClientValues }) {
  const t = useTranslations();
  const [values, setValues] = useState(initial);
  const { state, formAction, pending, formError, fieldError } = useActionForm(updateClientAction);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("admin_clients.saved")}</FormAlert> : null}
      <ClientFields values={values} onChange={setValues} fieldError={fieldError} />
      <Button type="submit" className="self-start" disabled={pending} aria-busy={pending}>
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
