import type { MessageLabels } from "./message-labels";

/** When a message was written, in the reader's language and the office's time zone. */
export function MessageDate({ date, labels }: { date: Date; labels: MessageLabels }) {
  return <time dateTime={date.toISOString()}>{labels.date(date)}</time>;
}
