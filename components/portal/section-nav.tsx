"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { cn } from "@/lib/cn";
import { portalSections } from "./nav-items";

/** Desktop: links in the header. Phone: a tab bar fixed to the bottom of the screen. */
export function SectionNav({ variant }: { variant: "header" | "tabbar" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav
      aria-label={t("main")}
      className={cn(
        variant === "header" && "hidden md:block",
        variant === "tabbar" &&
          "fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden",
      )}
    >
      <ul className={cn("flex", variant === "header" ? "gap-1" : "justify-around")}>
        {portalSections.map(({ href, key, icon, also }) => {
          const active = [href, ...also].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
          return (
            <li key={key} className={variant === "tabbar" ? "flex-1" : undefined}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center justify-center rounded-lg font-medium",
                  variant === "header" && "min-h-11 gap-2 px-3 hover:bg-slate-100",
                  variant === "tabbar" && "min-h-14 flex-col gap-0.5 text-sm",
                  active ? "text-brand" : "text-slate-700",
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
