import { getFormatter, getTranslations } from "next-intl/server";
import type { AudienceLabel, Direction } from "@/lib/messages/queries";

/**
 * The words and dates of message lists and conversations, looked up once per list instead of once per cell:
 * a list of 25 rows would otherwise run some 150 async components, and that waiting on the translator is what
 * made the Berichten tab and the office inbox slow (README, "Where the time went").
 */
export async function getMessageLabels() {
  const [t, tAudience, format] = await Promise.all([
    getTranslations("messages"),
    getTranslations("admin_messages.audience"),
    getFormatter(),
  ]);
  return {
    direction: (direction: Direction) => t(direction),
    date: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
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
