"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FaqEntry } from "@/lib/offices/faq";
import { FAQ_ANSWER_MAX, FAQ_QUESTION_MAX } from "@/lib/offices/limits";

const iconButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg px-2 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

type Part = "question" | "answer";
type Language = "nl" | "en";

/** One question and its answer in Dutch and English, with the buttons to move it up or down or remove it. */
export function FaqEntryFields({
  id,
  entry,
  position,
  count,
  onChange,
  onMove,
  onRemove,
  fieldError,
}: {
  id: string;
  entry: FaqEntry;
  position: number;
  count: number;
  onChange: (entry: FaqEntry) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  fieldError: (path: string) => string | undefined;
}) {
  const t = useTranslations("admin_settings");
  const number = position + 1;
  const set = (part: Part, language: Language) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange({ ...entry, [part]: { ...entry[part], [language]: event.target.value } });
  const name = (part: Part, language: Language) => `faq-${id}-${part}-${language}`;
  const error = (part: Part, language: Language) => fieldError(`faq.${position}.${part}.${language}`);

  return (
    <fieldset className="relative flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <legend className="float-left flex min-h-11 w-full items-center pr-36 text-lg font-semibold">{t("faq_entry", { number })}</legend>
      {/* After the legend, which must stay the fieldset's first child to name the group. */}
      <div className="absolute right-3 top-3 flex gap-1">
        <button
          type="button"
          className={iconButton}
          disabled={position === 0}
          onClick={() => onMove(-1)}
          aria-label={t("faq_move_up", { number })}
        >
          <Icon name="arrow-up" className="size-5" />
        </button>
        <button
          type="button"
          className={iconButton}
          disabled={position === count - 1}
          onClick={() => onMove(1)}
          aria-label={t("faq_move_down", { number })}
        >
          <Icon name="arrow-down" className="size-5" />
        </button>
        <button type="button" className={iconButton} onClick={onRemove} aria-label={t("faq_remove", { number })}>
          <Icon name="trash" className="size-5" />
        </button>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {(["nl", "en"] as const).map((language) => (
          <div key={language} className="flex flex-col gap-3" lang={language}>
            <Field
              label={t(`faq_question_${language}`)}
              name={name("question", language)}
              maxLength={FAQ_QUESTION_MAX}
              value={entry.question[language]}
              onChange={set("question", language)}
              error={error("question", language)}
            />
            <TextareaField
              label={t(`faq_answer_${language}`)}
              name={name("answer", language)}
              rows={5}
              maxLength={FAQ_ANSWER_MAX}
              value={entry.answer[language]}
              onChange={set("answer", language)}
              error={error("answer", language)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
