import "server-only";
import type { Executor } from "@/db/client";
import { sendEmail } from "@/lib/notify/outbox";
import { officeBaseUrl } from "@/lib/offices/links";
import { paths } from "@/lib/paths";

export type InvitationOffice = {
  id: string;
  name: string;
  contactPhone: string | null;
  contactEmail: string | null;
  hostnames: string[];
};

/**
 * E-mail 1 of the manual: "your account is ready", with a link to the set-password request page. It carries
 * no token: the client asks for the single-use link there (e-mail 2), so a forwarded invitation opens nothing.
 */
export async function queueInvitation(
  tx: Executor,
  { office, user }: { office: InvitationOffice; user: { email: string; name: string; locale: "nl" | "en" } },
): Promise<string> {
  return sendEmail(tx, {
    officeId: office.id,
    to: user.email,
    locale: user.locale,
    template: "invitation",
    data: { name: user.name, link: `${officeBaseUrl(office)}${paths.setPasswordRequest}` },
    office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
  });
}
