import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { AudienceLabel, Direction } from "@/lib/messages/queries";

// One formatter per language and time zone for the whole process: making one costs far more than using it, and
// a list shows a date per row (it holds no data of anyone).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function messageDateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone })));
  return format;
}

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
  const dateFormat = messageDateFormat(locale, timeZone);
  return {
    direction: (direction: Direction) => t(direction),
    /** When a message was written, in the reader's language and the office's time zone. */
    date: (date: Date) => dateFormat.format(date),
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
