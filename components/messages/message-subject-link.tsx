import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

/** A message list's subject cell content: the link to the message, bold with an "unread" badge while unread. */
export async function MessageSubjectLink({ href, subject, unread }: { href: string; subject: string; unread: boolean }) {
  const t = await getTranslations("messages");
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
      {unread ? <Badge tone="info">{t("unread")}</Badge> : null}
    </div>
  );
}
