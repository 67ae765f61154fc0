import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/config";
import { isInjectedContext } from "@/lib/safe-action";
import { LOCALE_COOKIE, type Locale } from "@/lib/core/locales";

/** Remembers a language choice in this browser, so pages before sign-in (login, set password) use it too. */
export async function rememberLocale(locale: Locale): Promise<void> {
  if (isInjectedContext()) return; // integration tests run actions outside a request
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: getConfig().publicUrl.startsWith("https:"),
    maxAge: 365 * 24 * 60 * 60,
  });
}
