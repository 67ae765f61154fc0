import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getAccountViewer } from "@/lib/auth/viewer";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getConfig } from "@/lib/config";
import { DEMO_LOGINS } from "@/lib/seed/demo-logins";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

// Why the code step sent the browser back here (login-actions.ts); anything else in the URL is ignored.
const REASONS = { code_exhausted: "two_factor_login.code_exhausted", ended: "two_factor_login.ended" } as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; reason?: string }> }) {
  const { next, reason } = await searchParams;
  const viewer = await getAccountViewer();
  if (viewer) redirect(viewer.role === "client" ? "/" : "/admin");
  const t = await getTranslations("auth.login");
  const tAll = await getTranslations();
  const notice = reason && Object.hasOwn(REASONS, reason) ? REASONS[reason as keyof typeof REASONS] : null;
  const demo = getConfig().mode === "demo";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {notice ? <FormAlert>{tAll(notice)}</FormAlert> : null}
      <LoginForm next={safeRedirectPath(next, "/")} />
      {demo ? (
        <section aria-labelledby="demo-logins" className="rounded-lg bg-amber-50 p-4 text-sm text-amber-950">
          <h2 id="demo-logins" className="font-semibold">
            {t("demo_title")}
          </h2>
          <p className="mt-1">{t("demo_intro")}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt>{t("demo_client")}</dt>
            <dd className="font-mono">{DEMO_LOGINS.client}</dd>
            <dt>{t("demo_staff")}</dt>
            <dd className="font-mono">{DEMO_LOGINS.staff}</dd>
            <dt>{t("demo_password")}</dt>
            <dd className="font-mono">{DEMO_LOGINS.password}</dd>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
