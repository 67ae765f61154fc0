import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Direction } from "@/lib/messages/queries";

/** Inkomend / Uitgaand, seen from the reader: for a client the office's messages come in, for staff the client's. */
export async function DirectionLabel({ direction }: { direction: Direction }) {
  const t = await getTranslations("messages");
  const Icon = direction === "incoming" ? ArrowDownLeft : ArrowUpRight;
  return (
    <span className="inline-flex items-center gap-1 text-slate-700">
      <Icon aria-hidden className="size-4" />
      {t(direction)}
    </span>
  );
}
