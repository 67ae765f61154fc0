import Link from "next/link";
import { useTranslations } from "next-intl";
import { paths } from "@/lib/paths";

/** Under the login form: the FAQ answer to a forgotten password (docs/client-manual.md M-FAQ-5) is the same "instellen wachtwoord" page. */
export function SetPasswordLink() {
  const t = useTranslations("set_password.login_link");
  return (
    <p className="text-center text-sm">
      {t("question")}{" "}
      <Link href={paths.setPasswordRequest} className="inline-block py-3 font-medium text-brand underline">
        {t("action")}
      </Link>
    </p>
  );
}
