import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

/** The skip link and the header bar shared by the client area and the staff area. */
export async function AppHeader({
  homeHref,
  officeName,
  areaName,
  width,
  children,
}: {
  homeHref: string;
  officeName: string;
  areaName: string;
  width: "max-w-5xl" | "max-w-6xl";
  children: React.ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-3">
        {t("skip_to_content")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className={cn("mx-auto flex flex-wrap items-center justify-between gap-3 px-4 py-3", width)}>
          <Link href={homeHref} className="flex min-h-11 flex-col justify-center">
            <span className="text-lg font-semibold leading-tight">{officeName}</span>
            <span className="text-sm text-slate-600">{areaName}</span>
          </Link>
          {children}
        </div>
      </header>
    </>
  );
}
