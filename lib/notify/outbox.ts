import "server-only";
import { getDb } from "@/lib/db";
import { desc, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { outbox } from "@/db/schema";
import {
  renderEmail,
  renderSms,
  type EmailTemplateData,
  type EmailTemplateName,
  type Locale,
  type OfficeContact,
  type SmsTemplateData,
  type SmsTemplateName,
} from "./templates";

export type SendEmailInput<Name extends EmailTemplateName> = {
  officeId: string | null;
  to: string;
  locale: Locale;
  template: Name;
  data: EmailTemplateData<Name>;
  office: OfficeContact;
};

/**
 * Queues an e-mail on the caller's transaction handle, so it is sent only if the change that caused it commits.
 * Delivery happens later (deliverPending); returns the outbox row id.
 */
export async function sendEmail<Name extends EmailTemplateName>(tx: Executor, input: SendEmailInput<Name>): Promise<string> {
  const to = input.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error("sendEmail: recipient is not an e-mail address");
  const rendered = renderEmail(input.template, input.locale, input.data, input.office);
  const [row] = await tx
    .insert(outbox)
    .values({
      officeId: input.officeId,
      channel: "email",
      recipient: to,
      template: input.template,
      locale: input.locale,
      data: rendered,
    })
    .returning({ id: outbox.id });
  return row!.id;
}

export type SendSmsInput<Name extends SmsTemplateName> = {
  officeId: string | null;
  /** E.164, e.g. +31612345678: account code normalises user input before it gets here. */
  to: string;
  locale: Locale;
  template: Name;
  data: SmsTemplateData<Name>;
};

/** Queues an SMS on the caller's transaction handle; returns the outbox row id. */
export async function sendSms<Name extends SmsTemplateName>(tx: Executor, input: SendSmsInput<Name>): Promise<string> {
  if (!/^\+[1-9]\d{6,14}$/.test(input.to)) throw new Error("sendSms: recipient is not an E.164 phone number");
  const rendered = renderSms(input.template, input.locale, input.data);
  const [row] = await tx
    .insert(outbox)
    .values({
      officeId: input.officeId,
      channel: "sms",
      recipient: input.to,
      template: input.template,
      locale: input.locale,
      data: rendered,
    })
    .returning({ id: outbox.id });
  return row!.id;
}

export type OutboxEntry = {
  id: string;
  channel: "email" | "sms";
  recipient: string;
  subject: string | null;
  text: string;
  html: string | null;
  status: "pending" | "sent" | "failed";
  createdAt: Date;
  links: string[];
};

/** For /dev/outbox (demo and test only): newest first, with the links a tester needs to click. */
export async function listOutbox({ limit = 50 }: { limit?: number } = {}): Promise<OutboxEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: outbox.id,
      channel: outbox.channel,
      recipient: outbox.recipient,
      data: outbox.data,
      status: outbox.status,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 500));
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.data.subject ?? null,
    text: row.data.text,
    html: row.data.html ?? null,
    status: row.status,
    createdAt: row.createdAt,
    links: extractLinks(row.data.text),
  }));
}

/** The http(s) URLs in a plain-text message, in order, without duplicates or trailing punctuation. */
export function extractLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?)\]'’]+$/, "")))];
}

export type OutboxBacklog = { pending: number; oldestPendingSeconds: number | null; failed: number };

/** For /api/health: how many e-mails and SMS wait, how long the oldest has waited, how many gave up (counts only). */
export async function outboxBacklog(): Promise<OutboxBacklog> {
  const db = await getDb();
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${outbox.status} = 'pending')`.mapWith(Number),
      oldest: sql<number | null>`extract(epoch from now() - min(${outbox.createdAt}) filter (where ${outbox.status} = 'pending'))`,
      failed: sql<number>`count(*) filter (where ${outbox.status} = 'failed')`.mapWith(Number),
    })
    .from(outbox);
  const oldest = row?.oldest === null || row?.oldest === undefined ? null : Math.max(0, Math.floor(Number(row.oldest)));
  return { pending: row?.pending ?? 0, oldestPendingSeconds: oldest, failed: row?.failed ?? 0 };
}
