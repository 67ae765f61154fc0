import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { MessageLabels } from "./message-labels";

/** A conversation list's subject cell: the link, bold with an "unread" badge (and how many, above one) while any is unread. */
export function MessageSubjectLink({
  href,
  subject,
  unreadCount,
  labels,
}: {
  href: string;
  subject: string;
  /** How many of the conversation's messages this viewer has not opened. */
  unreadCount: number;
  labels: MessageLabels;
}) {
  const unread = unreadCount > 0;
  return (
    <div className="flex flex-wrap items-center gap-x-2">
      {/* Opening marks the message read: fetch the page only when someone really opens it. */}
      <Link
        href={href}
        prefetch={false}
        className={cn(
          "inline-flex min-h-11 items-center break-words text-brand underline-offset-2 hover:underline",
          unread && "font-semibold",
        )}
      >
        {subject}
      </Link>
      {unread ? <Badge tone="info">{unreadCount > 1 ? `${labels.unread} (${unreadCount})` : labels.unread}</Badge> : null}
    </div>
  );
}
