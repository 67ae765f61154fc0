import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import type { Locale } from "@/lib/core/locales";
import { layoutEmail, type EmailContent, type RenderedEmail } from "./email-layout";

export type { RenderedEmail } from "./email-layout";

export type { Locale };

export type SecurityChange = "two_factor_reset" | "two_factor_enabled" | "recovery_code_used" | "password_changed" | "sessions_ended";

/** What every e-mail says about the sending office; never anything from a dossier. */
export type OfficeContact = { name: string; contactPhone: string | null; contactEmail: string | null };

type Messages = typeof nl;

// Typing both catalogues as the Dutch shape makes a key missing from en.json a compile error.
const catalogs: Record<Locale, typeof nl> = { nl, en };

function messagesFor(locale: Locale): Messages {
  return catalogs[locale] as Messages;
}

/** Missing or broken messages throw: better no e-mail than one that reads "email.invitation.subject". */
function failLoudly(error: Error): never {
  throw error;
}

function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email", onError: failLoudly });
}

type EmailTranslator = ReturnType<typeof emailTranslator>;
type EmailBuilder<Data> = (t: EmailTranslator, data: Data, office: OfficeContact) => EmailContent;

/** Declares a template's data type; the registry below infers every name and data shape from these. */
function emailTemplate<Data>(build: EmailBuilder<Data>): EmailBuilder<Data> {
  return build;
}

// One entry per e-mail. Content is limited to "something is waiting, sign in": never confidential details.
const emailTemplates = {
  invitation: emailTemplate<{ name: string; link: string }>((t, data, office) => ({
    subject: t("invitation.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("invitation.intro"), t("invitation.step")],
    action: { label: t("invitation.action"), url: data.link },
  })),
  staff_invitation: emailTemplate<{ name: string; link: string }>((t, data, office) => ({
    subject: t("staff_invitation.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("staff_invitation.intro", { office: office.name }), t("staff_invitation.step")],
    action: { label: t("staff_invitation.action"), url: data.link },
  })),
  // docs/security-requirements.md 6.3.7: tell the user after any password, phone or 2-step change, so a change they did not make shows.
  security_notice: emailTemplate<{ name: string; change: SecurityChange; link: string }>((t, data, office) => ({
    subject: t("security_notice.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t(`security_notice.changes.${data.change}`), t("security_notice.not_you")],
    action: { label: t("security_notice.action"), url: data.link },
  })),
  // E-mail 2 of the manual (docs/client-manual.md M-MAIL-2): the single-use link to the screen where the password is set (60 minutes).
  set_password_link: emailTemplate<{ name: string; link: string; minutes: number }>((t, data, office) => ({
    subject: t("set_password_link.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("set_password_link.intro"), t("set_password_link.validity", { minutes: data.minutes }), t("set_password_link.not_you")],
    action: { label: t("set_password_link.action"), url: data.link },
  })),
  // E-mail 3 of the manual (docs/client-manual.md M-MAIL-3): confirms that the password was set.
  password_set: emailTemplate<{ name: string; link: string }>((t, data, office) => ({
    subject: t("password_set.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("password_set.intro"), t("security_notice.not_you")],
    action: { label: t("password_set.action"), url: data.link },
  })),
  // After 10 failed sign-ins in 15 minutes the account waits 15 minutes; the owner hears of it.
  account_locked: emailTemplate<{ name: string; link: string; minutes: number }>((t, data, office) => ({
    subject: t("account_locked.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("account_locked.intro", { minutes: data.minutes }), t("account_locked.advice")],
    action: { label: t("account_locked.action"), url: data.link },
  })),
  // "verstuur e-mail" (docs/client-manual.md M-2FA-5): the one e-mail with a secret in it, sent only on the user's own click, to
  // their own address, with a code the server has just checked (the trade-off with docs/security-requirements.md, see recovery-mail.ts).
  recovery_code: emailTemplate<{ name: string; code: string; link: string }>((t, data, office) => ({
    subject: t("recovery_code.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("recovery_code.intro", { office: office.name, code: data.code }), t("recovery_code.use"), t("security_notice.not_you")],
    action: { label: t("recovery_code.action"), url: data.link },
  })),
  // The notices clients come back for (docs/client-manual.md M-ACC-4). They say how many new items wait, never which:
  // no titles, names of documents or message text, only the office, a link to sign in and the office's phone.
  new_documents: emailTemplate<{ name: string; count: number; link: string }>((t, data, office) => ({
    subject: t("new_documents.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("new_documents.intro", { count: data.count, office: office.name }), t("new_documents.where")],
    action: { label: t("new_documents.action"), url: data.link },
  })),
  new_message: emailTemplate<{ name: string; count: number; link: string }>((t, data, office) => ({
    subject: t("new_message.subject", { office: office.name }),
    greeting: t("greeting", { name: data.name }),
    paragraphs: [t("new_message.intro", { count: data.count, office: office.name }), t("new_message.where")],
    action: { label: t("new_message.action"), url: data.link },
  })),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<Name extends EmailTemplateName> = Parameters<(typeof emailTemplates)[Name]>[1];

export function renderEmail<Name extends EmailTemplateName>(
  template: Name,
  locale: Locale,
  data: EmailTemplateData<Name>,
  office: OfficeContact,
): RenderedEmail {
  const t = emailTranslator(locale);
  const build = emailTemplates[template] as EmailBuilder<EmailTemplateData<Name>>;
  const content = build(t, data, office);
  const reach = office.contactPhone ?? office.contactEmail;
  return layoutEmail(
    content,
    {
      closing: t("closing"),
      officeName: office.name,
      contact: reach ? t("contact", { phone: reach }) : null,
      noReply: t("no_reply"),
    },
    locale,
  );
}

function smsTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "sms", onError: failLoudly });
}

type SmsBuilder<Data> = (t: ReturnType<typeof smsTranslator>, data: Data) => string;

function smsTemplate<Data>(build: SmsBuilder<Data>): SmsBuilder<Data> {
  return build;
}

// SMS are short and plain: a code and who sent it, nothing about a dossier.
const smsTemplates = {
  login_code: smsTemplate<{ code: string; office: string }>((t, data) => t("login_code", { code: data.code, office: data.office })),
};

export type SmsTemplateName = keyof typeof smsTemplates;
export type SmsTemplateData<Name extends SmsTemplateName> = Parameters<(typeof smsTemplates)[Name]>[1];

export function renderSms<Name extends SmsTemplateName>(template: Name, locale: Locale, data: SmsTemplateData<Name>): { text: string } {
  const build = smsTemplates[template] as SmsBuilder<SmsTemplateData<Name>>;
  return { text: build(smsTranslator(locale), data) };
}
