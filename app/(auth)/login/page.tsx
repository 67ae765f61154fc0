import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer, isStaff } from "@/lib/auth/viewer";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getConfig } from "@/lib/config";
import { DEMO_LOGINS } from "@/db/seed/demo-logins";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const viewer = await getViewer();
  if (viewer) redirect(isStaff(viewer) ? "/admin" : "/");
  const t = await getTranslations("auth.login");
  const demo = getConfig().mode === "demo";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
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
