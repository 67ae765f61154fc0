import { describe, expect, it } from "vitest";
import { extractLinks } from "@/lib/notify/outbox";
import { renderEmail, renderSms } from "@/lib/notify/templates";
import { isGsm7 } from "@/lib/notify/vonage-driver";

const office = { name: "Notariskantoor Jansen & Co", contactPhone: "+31 20 123 4567", contactEmail: "info@jansen.test" };
const link = "https://portal.jansen.test/wachtwoord?from=invite&x=1";

describe("invitation e-mail", () => {
  it("escapes interpolated values in the HTML", () => {
    const mail = renderEmail("invitation", "nl", { name: '<script>alert("x")</script>', link }, office);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("Notariskantoor Jansen &amp; Co");
    expect(mail.html).not.toContain("Jansen & Co");
    // The link is a real button, with its `&` escaped inside the attribute.
    expect(mail.html).toContain('href="https://portal.jansen.test/wachtwoord?from=invite&amp;x=1"');
    expect(mail.html).toContain(">Wachtwoord instellen</a>");
  });

  it("puts the plain link, greeting, office, phone and no-reply line in the text", () => {
    const mail = renderEmail("invitation", "en", { name: "Anna de Vries", link }, office);
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.text).toContain("Dear Anna de Vries,");
    expect(mail.text).toContain("Notariskantoor Jansen & Co");
    expect(mail.text).toContain("+31 20 123 4567");
    expect(mail.text).toContain("replies are not read");
    expect(mail.html).toContain("+31 20 123 4567");
    expect(mail.html).toContain("replies are not read");
    expect(extractLinks(mail.text)).toEqual([link]);
  });

  it("differs per locale and names the office in the subject", () => {
    const nl = renderEmail("invitation", "nl", { name: "Anna", link }, office);
    const en = renderEmail("invitation", "en", { name: "Anna", link }, office);
    expect(nl.subject).not.toEqual(en.subject);
    expect(nl.subject).toContain(office.name);
    expect(en.subject).toContain(office.name);
    expect(nl.text).toContain("Beste Anna,");
    expect(nl.html).toContain('<html lang="nl">');
    expect(en.html).toContain('<html lang="en">');
  });

  it("falls back to the contact e-mail and leaves the line out without either", () => {
    const byMail = renderEmail("invitation", "nl", { name: "A", link }, { ...office, contactPhone: null });
    expect(byMail.text).toContain("info@jansen.test");
    const none = renderEmail("invitation", "en", { name: "A", link }, { ...office, contactPhone: null, contactEmail: null });
    expect(none.text).not.toContain("Questions?");
  });

  it("refuses links that are not absolute http(s) URLs", () => {
    expect(() => renderEmail("invitation", "nl", { name: "A", link: "javascript:alert(1)" }, office)).toThrow();
    expect(() => renderEmail("invitation", "nl", { name: "A", link: "/relative" }, office)).toThrow();
  });
});

describe("login code SMS", () => {
  it("contains the code and the office, per locale", () => {
    const nl = renderSms("login_code", "nl", { code: "482913", office: "Jansen" });
    const en = renderSms("login_code", "en", { code: "482913", office: "Jansen" });
    expect(nl.text).toContain("482913");
    expect(nl.text).toContain("Jansen");
    expect(en.text).toContain("482913");
    expect(nl.text).not.toEqual(en.text);
  });
});

describe("helpers", () => {
  it("extracts links without trailing punctuation or duplicates", () => {
    expect(extractLinks("Go to https://a.test/x. Or (https://b.test/y), https://a.test/x!")).toEqual([
      "https://a.test/x",
      "https://b.test/y",
    ]);
    expect(extractLinks("no links here")).toEqual([]);
  });

  it("recognises text Vonage can send as GSM-7", () => {
    expect(isGsm7("Uw code: 123456. Café €5")).toBe(true);
    expect(isGsm7("Łódź 😀")).toBe(false);
  });
});
