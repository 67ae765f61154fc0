"use client";

import { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createClientAction } from "@/lib/clients/actions";
import { ClientFields, emptyClient } from "./client-fields";

/** "Nieuwe cliënt": creates the account, which queues the invitation, and says so once the dialog closes. */
export function NewClientDialog() {
  const t = useTranslations("admin_clients");
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(emptyClient);
  const [created, setCreated] = useState<{ id: string; name: string; email: string } | null>(null);
  const { formAction, pending, formError, fieldError } = useActionForm(createClientAction, {
    onSuccess: (client) => {
      setCreated(client);
      setValues(emptyClient);
      setOpen(false);
    },
  });
  return (
    <div className="flex flex-col items-start gap-3">
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("new")}
        description={t("new_description")}
        trigger={
          <Button type="button" onClick={() => setCreated(null)}>
            <Icon name="user-plus" className="size-5" />
            {t("new")}
          </Button>
        }
      >
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <ClientFields values={values} onChange={setValues} fieldError={fieldError} />
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("creating") : t("create_submit")}
          </Button>
        </form>
      </Dialog>
      {created ? (
        <FormAlert tone="success">
          {t("created", { name: created.name, email: created.email })}{" "}
          <Link href={`/admin/clients/${created.id}`} className="font-medium underline">
            {t("view_created")}
          </Link>
        </FormAlert>
      ) : null}
    </div>
  );
}
