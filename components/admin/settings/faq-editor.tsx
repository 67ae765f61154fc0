"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FaqEntry } from "@/lib/offices/faq";
import { updateOfficeFaqAction } from "@/lib/offices/actions";
import { MAX_FAQ_ENTRIES } from "@/lib/offices/limits";
import { FaqEntryFields } from "./faq-entry-fields";

type Item = { id: string; entry: FaqEntry };

const emptyEntry = (): FaqEntry => ({ question: { nl: "", en: "" }, answer: { nl: "", en: "" } });

/**
 * The office's FAQ: add, edit, remove and reorder entries locally, then save the whole list at once. The action
 * gets the list itself (not the form's fields); errors come back per entry and language ("faq.2.answer.en").
 */
export function FaqEditor({ initial }: { initial: FaqEntry[] }) {
  const t = useTranslations();
  const nextId = useRef(initial.length);
  const [items, setItems] = useState<Item[]>(() => initial.map((entry, index) => ({ id: `e${index}`, entry })));
  const { state, formAction, pending, formError, fieldError } = useActionForm(() =>
    updateOfficeFaqAction({ faq: items.map((item) => item.entry) }),
  );
  const alert = formError ?? (state && !state.ok ? (fieldError("faq") ?? t("errors.invalid_input")) : undefined);

  const move = (index: number, offset: -1 | 1) =>
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(index + offset, 0, item!);
      return next;
    });
  const add = () => {
    nextId.current += 1;
    setItems((current) => [...current, { id: `e${nextId.current}`, entry: emptyEntry() }]);
  };

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("common.saved")}</FormAlert> : null}
      {items.length === 0 ? <EmptyState>{t("admin_settings.faq_empty")}</EmptyState> : null}
      <ol className="flex flex-col gap-4">
        {items.map((item, index) => (
          <li key={item.id}>
            <FaqEntryFields
              id={item.id}
              entry={item.entry}
              position={index}
              count={items.length}
              onChange={(entry) => setItems((current) => current.map((other) => (other.id === item.id ? { ...other, entry } : other)))}
              onMove={(offset) => move(index, offset)}
              onRemove={() => setItems((current) => current.filter((other) => other.id !== item.id))}
              fieldError={fieldError}
            />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={add} disabled={items.length >= MAX_FAQ_ENTRIES}>
          <Icon name="plus" className="size-5" />
          {t("admin_settings.faq_add")}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("common.saving") : t("admin_settings.faq_save")}
        </Button>
      </div>
    </form>
  );
}
