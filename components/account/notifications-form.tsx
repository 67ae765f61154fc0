"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveNotificationsAction } from "@/lib/own-account/actions";

type Values = { notifyDocuments: boolean; notifyMessages: boolean };

/** The client's two e-mail switches: new documents placed, a message sent to them. */
export function NotificationsForm({ initial }: { initial: Values }) {
  const t = useTranslations();
  const [values, setValues] = useState(initial);
  const { state, formAction, pending, formError } = useActionForm(saveNotificationsAction);
  const switches = [
    { name: "notifyDocuments", label: t("account.notify_documents") },
    { name: "notifyMessages", label: t("account.notify_messages") },
  ] as const;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("account.notifications_saved")}</FormAlert> : null}
      <div className="flex flex-col gap-2">
        {switches.map(({ name, label }) => (
          <ChoiceField
            key={name}
            type="checkbox"
            role="switch"
            name={name}
            checked={values[name]}
            onChange={(event) => setValues({ ...values, [name]: event.target.checked })}
            label={label}
          />
        ))}
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
