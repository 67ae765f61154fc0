"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignConversationAction } from "@/lib/messages/actions";

/** Toegewezen aan: who has taken this conversation, with "Aan mij toewijzen" or "Toewijzing opheffen". */
export function AssignmentForm({ messageId, assignee, mine }: { messageId: string; assignee: string | null; mine: boolean }) {
  const t = useTranslations("admin_messages");
  const form = useActionForm(assignConversationAction);
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="to" value={mine ? "nobody" : "me"} />
      <p className="text-slate-800">{assignee ? t("assigned_to", { name: assignee }) : t("assigned_nobody")}</p>
      <Button type="submit" variant="secondary" disabled={form.pending} aria-busy={form.pending}>
        {mine ? t("unassign") : t("assign_me")}
      </Button>
      {form.formError ? <FormAlert>{form.formError}</FormAlert> : null}
    </form>
  );
}
