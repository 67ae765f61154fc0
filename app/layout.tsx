import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("app_name"), template: `%s · ${t("app_name")}` }, robots: { index: false } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <AreaIntlProvider area="root">{children}</AreaIntlProvider>
      </body>
    </html>
  );
}
