"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LanguageSelect } from "@/components/admin/clients/language-select";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { inviteStaffAction } from "@/lib/staff/actions";

type Values = { name: string; email: string; role: "staff" | "admin"; locale: "nl" | "en" };
const empty: Values = { name: "", email: "", role: "staff", locale: "nl" };

/** Invites a staff member or admin: the account is made and the staff invitation queued (same set-password flow). */
export function InviteStaffDialog() {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  // Controlled, so what was typed survives a failed attempt.
  const [values, setValues] = useState(empty);
  const [invited, setInvited] = useState<{ name: string; email: string } | null>(null);
  const { formAction, pending, formError, fieldError } = useActionForm(inviteStaffAction, {
    onSuccess: (member) => {
      setInvited(member);
      setValues(empty);
      setOpen(false);
    },
  });
  const set = (name: "name" | "email") => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [name]: event.target.value });
  return (
    <div className="flex flex-col items-start gap-3">
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("admin_staff.invite")}
        description={t("admin_staff.invite_description")}
        trigger={
          <Button type="button" onClick={() => setInvited(null)}>
            <Icon name="user-plus" className="size-5" />
            {t("admin_staff.invite")}
          </Button>
        }
      >
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <Field
            label={t("accounts.name")}
            name="name"
            required
            autoComplete="off"
            value={values.name}
            onChange={set("name")}
            error={fieldError("name")}
          />
          <Field
            label={t("accounts.email")}
            name="email"
            type="email"
            required
            autoComplete="off"
            value={values.email}
            onChange={set("email")}
            error={fieldError("email")}
          />
          <SelectField
            label={t("admin_staff.role")}
            name="role"
            value={values.role}
            onChange={(event) => setValues({ ...values, role: event.target.value === "admin" ? "admin" : "staff" })}
            error={fieldError("role")}
          >
            <option value="staff">{t("admin_staff.role_staff")}</option>
            <option value="admin">{t("admin_staff.role_admin")}</option>
          </SelectField>
          <LanguageSelect value={values.locale} onChange={(locale) => setValues({ ...values, locale })} error={fieldError("locale")} />
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("admin_staff.inviting") : t("admin_staff.invite_submit")}
          </Button>
        </form>
      </Dialog>
      {invited ? <FormAlert tone="success">{t("admin_staff.invited", invited)}</FormAlert> : null}
    </div>
  );
}
