"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

// The client's four tabs in the client's order, so staff and client talk about the same places.
const tabs = ["correspondence", "documents", "supplied", "messages"] as const;

/** Each tab is its own URL (shareable, back button works); on a phone the bar scrolls sideways. */
export function DossierTabs({ dossierId }: { dossierId: string }) {
  const t = useTranslations("admin_dossiers.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const href = `/admin/dossiers/${dossierId}/${tab}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px flex min-h-11 items-center whitespace-nowrap border-b-2 px-4 font-medium",
                  active ? "border-brand text-brand" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
