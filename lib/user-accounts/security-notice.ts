import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices } from "@/db/schema";
import { sendEmail } from "@/lib/notify/outbox";
import type { SecurityChange } from "@/lib/notify/templates";
import { officeBaseUrl } from "@/lib/offices/links";
import { paths } from "@/lib/paths";

/** Queues the "your account's security settings changed" e-mail in the caller's transaction. */
export async function queueSecurityNotice(
  tx: Executor,
  { officeId, user, change }: { officeId: string; user: { email: string; name: string; locale: "nl" | "en" }; change: SecurityChange },
): Promise<string> {
  const [office] = await tx.select().from(offices).where(eq(offices.id, officeId)).limit(1);
  if (!office) throw new Error("queueSecurityNotice: office not found");
  return sendEmail(tx, {
    officeId,
    to: user.email,
    locale: user.locale,
    template: "security_notice",
    data: { name: user.name, change, link: `${officeBaseUrl(office)}${paths.login}` },
    office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
  });
}
