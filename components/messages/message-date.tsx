import { getFormatter } from "next-intl/server";

/** When a message was written, in the reader's language and the office's time zone. */
export async function MessageDate({ date }: { date: Date }) {
  const format = await getFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>;
}
