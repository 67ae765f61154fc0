import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { InboxFilter as Filter } from "@/lib/messages/conversations";

/** Open / Beantwoord / Alle gesprekken as links (the choice lives in the URL, with the search); the current one is marked. */
export async function InboxFilter({ current, query }: { current: Filter; query?: string }) {
  const t = await getTranslations("admin_messages");
  const href = (filter: Filter) => {
    const params = new URLSearchParams();
    if (filter !== "open") params.set("filter", filter);
    if (query) params.set("q", query);
    const text = params.toString();
    return text ? `/admin/messages?${text}` : "/admin/messages";
  };
  const options = [
    { value: "open", label: t("filter_open") },
    { value: "answered", label: t("filter_answered") },
    { value: "all", label: t("filter_all") },
  ] as const;
  return (
    <nav aria-label={t("filter_label")}>
      <ul className="inline-flex flex-wrap rounded-lg border border-slate-300 bg-white p-1">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={href(option.value)}
              aria-current={option.value === current ? "page" : undefined}
              className={cn(
                "flex min-h-11 items-center rounded-md px-4 font-medium",
                option.value === current ? "bg-brand text-white" : "text-slate-800 hover:bg-slate-100",
              )}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
