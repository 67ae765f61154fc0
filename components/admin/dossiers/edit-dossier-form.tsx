"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateDossierAction } from "@/lib/dossiers/actions";
import { submitKeepingInput } from "./submit-keeping-input";

export function EditDossierForm({ dossier }: { dossier: { id: string; reference: string; title: string } }) {
  const t = useTranslations("admin_dossiers");
  const { state, formAction, pending, formError, fieldError } = useActionForm(updateDossierAction);
  return (
    <form onSubmit={submitKeepingInput(formAction)} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="dossierId" value={dossier.id} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {state?.ok && !pending ? <FormAlert tone="success">{t("edit.saved")}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,12rem)_1fr]">
        <Field
          label={t("form.reference")}
          name="reference"
          required
          maxLength={50}
          autoComplete="off"
          defaultValue={dossier.reference}
          error={fieldError("reference")}
        />
        <Field
          label={t("form.title")}
          name="title"
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={dossier.title}
          error={fieldError("title")}
        />
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending} className="self-start">
        {pending ? t("edit.saving") : t("edit.save")}
      </Button>
    </form>
  );
}
