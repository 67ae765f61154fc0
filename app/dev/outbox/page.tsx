import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { outboxViewerEnabled } from "@/lib/config";
import { listOutbox } from "@/lib/notify/outbox";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dev_outbox"))("title") };
}

/** Demo and test only: what the portal "sent". Production never serves it (outbox drivers are refused there). */
export default async function DevOutboxPage() {
  if (!outboxViewerEnabled()) notFound();
  const [t, format, entries] = await Promise.all([getTranslations("dev_outbox"), getFormatter(), listOutbox({ limit: 100 })]);
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="flex flex-col gap-4">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="outbox-entry">
              <article aria-labelledby={`outbox-${entry.id}`}>
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`outbox-${entry.id}`} className="text-lg font-semibold">
                    {entry.subject ?? t("channel_sms")}
                  </h2>
                  <p className="text-sm text-slate-700">
                    {t(`channel_${entry.channel}`)} · {format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium" })} ·{" "}
                    {t(`status_${entry.status}`)}
                  </p>
                </header>
                <p>
                  {t("to")}: <span data-testid="outbox-recipient">{entry.recipient}</span>
                </p>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 font-sans">{entry.text}</pre>
                {entry.links.length > 0 ? (
                  <nav aria-label={t("links")} className="mt-2">
                    <ul className="flex flex-col gap-1">
                      {entry.links.map((link) => (
                        <li key={link}>
                          <a href={link} className="break-all text-brand underline">
                            {link}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
