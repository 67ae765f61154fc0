import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { paths } from "@/lib/paths";

/** A used, expired or unknown link: say so plainly and offer the way to a new one. */
export function SetPasswordExpired() {
  const t = useTranslations("set_password.expired");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href={paths.setPasswordRequest} className={buttonClasses("primary")}>
        {t("request_new")}
      </Link>
    </div>
  );
}
