// Every e-mail renders in both languages with the office's name and contact, a working link and no raw keys.
// The sample table is typed over all template names: a new template without a sample does not compile.
import { describe, expect, it } from "vitest";
import { renderEmail, type EmailTemplateData, type EmailTemplateName } from "@/lib/notify/templates";

const link = "https://portaal.example.nl/set-password";
const samples: { [Name in EmailTemplateName]: EmailTemplateData<Name> } = {
  invitation: { name: "Jan Jansen", link },
  staff_invitation: { name: "Sanne de Vries", link },
  security_notice: { name: "Jan Jansen", change: "password_changed", link },
  set_password_link: { name: "Jan Jansen", link, minutes: 60 },
  password_set: { name: "Jan Jansen", link },
  account_locked: { name: "Jan Jansen", link, minutes: 15 },
  recovery_code: { name: "Jan Jansen", code: "ABCD-EFGH-IJKL-MNOP-QRST-UVWX", link },
  new_documents: { name: "Jan Jansen", count: 3, link },
  new_message: { name: "Jan Jansen", count: 1, link },
};
const office = { name: "Notariaat Noord", contactPhone: "(050) 123 4567", contactEmail: "info@noord.example" };

describe("e-mail templates", () => {
  for (const template of Object.keys(samples) as EmailTemplateName[]) {
    it(`${template} renders in nl and en`, () => {
      const [nl, en] = (["nl", "en"] as const).map((locale) => renderEmail(template, locale, samples[template] as never, office));
      for (const mail of [nl!, en!]) {
        expect(mail.text).toContain("Notariaat Noord");
        expect(mail.text).toContain("(050) 123 4567");
        expect(mail.text).toContain(link);
        expect(mail.html).toContain(link);
        expect(`${mail.subject} ${mail.text}`).not.toMatch(/\b(email|security_notice|set_password_link)\.[a-z_]+/);
      }
      expect(nl!.subject).not.toBe(en!.subject);
    });
  }
});
