import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { MessageLabels } from "./message-labels";

/** A message or conversation list's subject cell: the link, bold with an "unread" badge while something is unread. */
export function MessageSubjectLink({
  href,
  subject,
  unread,
  unreadCount = 1,
  labels,
}: {
  href: string;
  subject: string;
  unread: boolean;
  /** For a conversation: how many of its messages are unread (shown when more than one). */
  unreadCount?: number;
  labels: MessageLabels;
}) {
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
