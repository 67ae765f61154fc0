import { Icon } from "@/components/ui/icon";
import type { Direction } from "@/lib/messages/queries";
import type { MessageLabels } from "./message-labels";

/** Inkomend / Uitgaand, seen from the reader: for a client the office's messages come in, for staff the client's. */
export function DirectionLabel({ direction, labels }: { direction: Direction; labels: MessageLabels }) {
  return (
    <span className="inline-flex items-center gap-1 text-slate-700">
      <Icon name={direction === "incoming" ? "arrow-down-left" : "arrow-up-right"} className="size-4" />
      {labels.direction(direction)}
    </span>
  );
}
