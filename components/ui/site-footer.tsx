import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { Office } from "@/lib/offices/current";
import { telHref } from "@/lib/offices/tel";

/** The foot of every page: the way to the help page (FAQ, contact, downloads) and the office's phone when set. */
export async function SiteFooter({
  office,
  width,
  className,
}: {
  office: Pick<Office, "contactPhone">;
  width: "max-w-md" | "max-w-5xl" | "max-w-6xl";
  className?: string;
}) {
  const t = await getTranslations("footer");
  const phone = office.contactPhone?.trim() || null;
  const tel = phone ? telHref(phone) : null;
  return (
    <footer className={cn("border-t border-slate-200", className)}>
      <div className={cn("mx-auto flex flex-wrap items-center justify-between gap-x-6 px-4 py-2 text-sm text-slate-700", width)}>
        <Link
          href="/help"
          className="inline-flex min-h-11 items-center font-medium text-slate-900 underline underline-offset-4 hover:text-brand"
        >
          {t("help_link")}
        </Link>
        {phone ? (
          <p>
            {t.rich("phone", {
              phone,
              tel: (chunks) =>
                tel ? (
                  <a href={tel} className="inline-flex min-h-11 items-center underline underline-offset-4 hover:text-brand">
                    {chunks}
                  </a>
                ) : (
                  <span>{chunks}</span>
                ),
            })}
          </p>
        ) : null}
      </div>
    </footer>
  );
}
