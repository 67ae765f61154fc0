import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { dateFormat } from "@/lib/i18n/date-format";
import type { AudienceLabel, Direction } from "@/lib/messages/queries";

/**
 * The words and dates of message lists and conversations, looked up once per list instead of in an async
 * component per cell (some 150 for a page of 25 rows).
 */
export async function getMessageLabels() {
  const [t, tAudience, locale, timeZone] = await Promise.all([
    getTranslations("messages"),
    getTranslations("admin_messages.audience"),
    getLocale(),
    getTimeZone(),
  ]);
  const format = dateFormat(locale, timeZone, { dateStyle: "medium", timeStyle: "short" });
  return {
    direction: (direction: Direction) => t(direction),
    /** When a message was written, in the reader's language and the office's time zone. */
    date: (date: Date) => format.format(date),
    unread: t("unread"),
    attachmentCount: (count: number) => t("attachment_count", { count }),
    /** Who a conversation is for, as staff see it: all clients, the chosen ones, or one client and the office. */
    audience: (audience: AudienceLabel) => {
      if (audience.kind === "dossier") return tAudience("dossier");
      const names = audience.names.join(", ");
      return audience.startedByClient ? tAudience("between", { names }) : tAudience("recipients", { names });
    },
  };
}

export type MessageLabels = Awaited<ReturnType<typeof getMessageLabels>>;
