import "server-only";
import type { Executor } from "@/db/client";
import type { Role } from "@/lib/core/viewer";
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

export type InvitedUser = { email: string; name: string; locale: "nl" | "en"; role: Role };

/**
 * E-mail 1 (docs/client-manual.md M-MAIL-1): "your account is ready", with a link to the set-password request page. It carries
 * no token: the user asks for the single-use link there (e-mail 2), so a forwarded invitation opens nothing.
 * Staff and admins get their own wording (a staff account, not "for your file").
 */
export async function queueInvitation(tx: Executor, { office, user }: { office: InvitationOffice; user: InvitedUser }): Promise<string> {
  return sendEmail(tx, {
    officeId: office.id,
    to: user.email,
    locale: user.locale,
    template: user.role === "client" ? "invitation" : "staff_invitation",
    data: { name: user.name, link: `${officeBaseUrl(office)}${paths.setPasswordRequest}` },
    office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
  });
}
