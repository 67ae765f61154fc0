import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { InboxFilter as Filter } from "@/lib/messages/queries";

/** Alle berichten / Ongelezen as two links (the choice lives in the URL); the current one is marked. */
export async function InboxFilter({ current }: { current: Filter }) {
  const t = await getTranslations("admin_messages");
  const options = [
    { value: "all", href: "/admin/messages", label: t("filter_all") },
    { value: "unread", href: "/admin/messages?filter=unread", label: t("filter_unread") },
  ] as const;
  return (
    <nav aria-label={t("filter_label")}>
      <ul className="inline-flex rounded-lg border border-slate-300 bg-white p-1">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={option.href}
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
