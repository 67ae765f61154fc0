"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import type { DossierTab } from "@/lib/dossiers/tabs";
import { shownUnread } from "@/lib/dossiers/unread-count";

export type TabLink = {
  tab: DossierTab;
  label: string;
  /** Shown as a badge; `unreadLabel` is what a screen reader hears for it ("2 ongelezen"). */
  unread?: number;
  unreadLabel?: string;
};

/**
 * Each tab is its own URL (shareable, back button works), announced as a navigation with the current page;
 * on a phone the bar scrolls sideways instead of wrapping.
 */
export function DossierTabs({ basePath, label, tabs }: { basePath: string; label: string; tabs: TabLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map(({ tab, label: tabLabel, unread, unreadLabel }) => {
          const href = `${basePath}/${tab}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                data-testid={`tab-${tab}`}
                className={cn(
                  "relative -mb-px flex min-h-11 items-center gap-2 whitespace-nowrap border-b-2 px-4 font-medium",
                  active ? "border-brand text-brand" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tabLabel}
                {unread ? (
                  <span className="rounded-full bg-brand px-2 text-sm font-semibold text-white">
                    <span aria-hidden>{shownUnread(unread)}</span>
                    <span className="sr-only">{unreadLabel}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
