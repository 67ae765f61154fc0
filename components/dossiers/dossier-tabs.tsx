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
 * Each tab is its own URL (shareable, back button works), announced as a navigation with the current page.
 * Below 640 px the four tabs stand in a 2×2 grid, all visible at once with the open one filled in; from 640 px
 * they are one underlined row.
 */
export function DossierTabs({ basePath, label, tabs }: { basePath: string; label: string; tabs: TabLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="sm:border-b sm:border-slate-200">
      <ul className="grid grid-cols-2 gap-2 sm:flex sm:gap-1">
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
                  "relative flex min-h-11 items-center justify-center gap-2 rounded-lg border-2 px-2 py-1 text-center font-medium",
                  "sm:-mb-px sm:justify-start sm:whitespace-nowrap sm:rounded-none sm:border-0 sm:border-b-2 sm:px-4 sm:py-0",
                  active
                    ? "border-brand bg-brand text-white sm:bg-transparent sm:text-brand"
                    : "border-slate-200 bg-white text-slate-700 hover:border-slate-300 hover:text-slate-900 sm:border-transparent sm:bg-transparent",
                )}
              >
                {tabLabel}
                {unread ? (
                  // On a phone the count sits on the tab's corner, so the label keeps the whole width.
                  <span className="absolute -right-2 -top-2 rounded-full bg-brand px-2 text-sm font-semibold text-white ring-2 ring-white sm:static sm:ring-0">
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
