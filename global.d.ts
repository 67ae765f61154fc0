import type messages from "./messages/nl.json";
import type { Locale } from "./lib/core/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
