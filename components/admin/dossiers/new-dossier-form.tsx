"use client";

import { Icon } from "@/components/ui/icon";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createDossierAction } from "@/lib/dossiers/actions";
import { ClientPicker, type ClientResults } from "./client-picker";
import { NewClientFields } from "./new-client-fields";
import { submitKeepingInput } from "./submit-keeping-input";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** The form's flat fields as the action's input: chosen ids, and each new client's fields by index. */
function inputOf(form: FormData) {
  const newClients = [];
  for (let index = 0; form.has(`newClients.${index}.name`); index++) {
    const field = (name: string) => text(form.get(`newClients.${index}.${name}`));
    newClients.push({ name: field("name"), email: field("email"), phone: field("phone"), locale: field("locale") as "nl" | "en" });
  }
  return {
    reference: text(form.get("reference")),
    title: text(form.get("title")),
    clientIds: form.getAll("clientIds").map(text),
    newClients,
  };
}

export function NewDossierForm({ clients }: { clients: ClientResults }) {
  const t = useTranslations("admin_dossiers");
  const router = useRouter();
  const nextKey = useRef(0);
  const [newClientKeys, setNewClientKeys] = useState<number[]>([]);
  const { state, formAction, pending, formError, fieldError } = useActionForm((form: FormData) => createDossierAction(inputOf(form)), {
    refresh: false,
    onSuccess: ({ id }) => router.push(`/admin/dossiers/${id}`),
  });
  return (
    <form onSubmit={submitKeepingInput(formAction)} className="flex flex-col gap-6" noValidate>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,12rem)_1fr]">
        <Field label={t("form.reference")} name="reference" required maxLength={50} autoComplete="off" error={fieldError("reference")} />
        <Field label={t("form.title")} name="title" required maxLength={200} autoComplete="off" error={fieldError("title")} />
      </div>
      <ClientPicker legend={t("picker.legend")} initial={clients} error={fieldError("clients")} hint={t("picker.hint")} />
      {newClientKeys.map((key, index) => (
        <NewClientFields
          key={key}
          index={index}
          fieldError={fieldError}
          onRemove={() => setNewClientKeys((keys) => keys.filter((k) => k !== key))}
        />
      ))}
      <div className="flex flex-col gap-2">
        <p className="text-slate-700">{t("form.new_intro")}</p>
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setNewClientKeys((keys) => [...keys, nextKey.current++])}
        >
          <Icon name="user-plus" className="size-5" />
          {t("new_client.add")}
        </Button>
      </div>
      {/* Stays busy after success until the dossier page has loaded, so a second click makes no second dossier. */}
      <Button type="submit" disabled={pending || state?.ok} aria-busy={pending || state?.ok} className="self-start">
        {pending || state?.ok ? t("form.submitting") : t("form.submit")}
      </Button>
    </form>
  );
}
