import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/ui/icon";

/** Blank lines in an office's FAQ answer separate paragraphs. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The office's questions and answers, in the reader's language, each opening on its own. */
export async function HelpFaq({ entries }: { entries: { question: string; answer: string }[] }) {
  const t = await getTranslations("help");
  return (
    <section aria-labelledby="help-faq" className="flex flex-col gap-3">
      <h2 id="help-faq" className="text-xl font-semibold">
        {t("faq_title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("faq_empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {entries.map(({ question, answer }, index) => {
            return (
              <li key={index}>
                <details className="group rounded-xl border border-slate-200 bg-white">
                  <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-2 font-medium hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
                    <span>{question}</span>
                    <Icon name="chevron-down" className="size-5 shrink-0 text-slate-600 transition-transform group-open:rotate-180" />
                  </summary>
                  <div className="flex flex-col gap-2 px-4 pb-4 pt-1 text-slate-800">
                    {paragraphs(answer).map((paragraph, i) => (
                      <p key={i} className="whitespace-pre-line">
                        {paragraph}
                      </p>
                    ))}
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
