"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { cn } from "@/lib/cn";

const sections = [
  { href: "/admin", key: "overview", icon: "layout-dashboard", adminOnly: false },
  { href: "/admin/clients", key: "clients", icon: "users", adminOnly: false },
  { href: "/admin/dossiers", key: "dossiers", icon: "folder-open", adminOnly: false },
  { href: "/admin/messages", key: "messages", icon: "inbox", adminOnly: false },
  { href: "/admin/staff", key: "staff", icon: "user-cog", adminOnly: true },
  { href: "/admin/settings", key: "settings", icon: "settings", adminOnly: true },
  { href: "/admin/audit", key: "audit", icon: "clipboard-list", adminOnly: true },
  { href: "/admin/outbox", key: "outbox", icon: "mail-exclamation-point", adminOnly: true },
] as const;

/** The staff area's sections; office settings, staff and audit only for office admins (checked again per page). */
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    // Every section stays in sight, the current one filled in: two or four columns on a phone or tablet, a column
    // beside the page from 768 px.
    <nav aria-label={t("label")}>
      <ul className="grid grid-cols-2 gap-1 sm:grid-cols-4 md:flex md:flex-col">
        {sections
          .filter((section) => isAdmin || !section.adminOnly)
          .map(({ href, key, icon }) => {
            const active = href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={key}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "flex min-h-11 items-center gap-2 rounded-lg px-3 py-1 font-medium md:whitespace-nowrap",
                    active ? "bg-brand text-white" : "text-slate-800 hover:bg-slate-200",
                  )}
                >
                  <Icon name={icon} className="size-5" />
                  {t(key)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
