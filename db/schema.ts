import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => at("created_at").notNull().defaultNow();
const updatedAt = () =>
  at("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const userRole = pgEnum("user_role", ["client", "staff", "admin"]);
export const userStatus = pgEnum("user_status", ["invited", "active", "disabled"]);
export const locale = pgEnum("locale", ["nl", "en"]);
export const twoFactorMethod = pgEnum("two_factor_method", ["none", "sms", "totp"]);
export const dossierStatus = pgEnum("dossier_status", ["open", "closed"]);
export const documentKind = pgEnum("document_kind", ["correspondence", "document", "supplied"]);
export const uploadStatus = pgEnum("upload_status", ["pending", "verified", "attached"]);
/** Who may see a conversation besides the office: every client of the dossier, or only its recipient rows. */
export const messageAudience = pgEnum("message_audience", ["dossier", "recipients"]);
export const tokenPurpose = pgEnum("token_purpose", ["invite", "set_password"]);
export const otpPurpose = pgEnum("otp_purpose", ["login", "enroll"]);
export const outboxChannel = pgEnum("outbox_channel", ["email", "sms"]);
export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "failed"]);

export type FaqEntry = { question: { nl: string; en: string }; answer: { nl: string; en: string } };

export const offices = pgTable(
  "offices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    hostnames: text("hostnames")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    brandColor: text("brand_color").notNull().default("#1d4ed8"),
    logoKey: text("logo_key"),
    requireStaffTwoFactor: boolean("require_staff_two_factor").notNull().default(true),
    faq: jsonb("faq").$type<FaqEntry[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("offices_hostnames_idx").using("gin", t.hostnames)],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    role: userRole("role").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    locale: locale("locale").notNull().default("nl"),
    phone: text("phone"),
    phoneVerifiedAt: at("phone_verified_at"),
    twoFactorMethod: twoFactorMethod("two_factor_method").notNull().default("none"),
    totpSecret: text("totp_secret"),
    recoveryCodeHash: text("recovery_code_hash"),
    notifyDocuments: boolean("notify_documents").notNull().default(true),
    notifyMessages: boolean("notify_messages").notNull().default(true),
    status: userStatus("status").notNull().default("invited"),
    sessionVersion: integer("session_version").notNull().default(1),
    lastSignInAt: at("last_sign_in_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // E-mail addresses are stored lower-cased; one account per address per office.
    uniqueIndex("users_office_email_idx").on(t.officeId, t.email),
    index("users_office_role_name_idx").on(t.officeId, t.role, t.name),
  ],
);

export const dossiers = pgTable(
  "dossiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    reference: text("reference").notNull(),
    title: text("title").notNull(),
    status: dossierStatus("status").notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("dossiers_office_reference_idx").on(t.officeId, t.reference),
    index("dossiers_office_status_updated_idx").on(t.officeId, t.status, t.updatedAt),
  ],
);

export const dossierClients = pgTable(
  "dossier_clients",
  {
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.userId] }), index("dossier_clients_user_idx").on(t.userId)],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    replyToId: uuid("reply_to_id").references((): AnyPgColumn => messages.id, { onDelete: "set null" }),
    /** The first message of the conversation (its own id for a first message); replies share it. */
    threadId: uuid("thread_id")
      .notNull()
      .references((): AnyPgColumn => messages.id, { onDelete: "cascade" }),
    /** The conversation's audience, the same on each of its messages: see docs/authorization.md. */
    audience: messageAudience("audience").notNull(),
    /** Made by the compose form once per message; a second send of the same form finds the first message. */
    composeKey: uuid("compose_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("messages_author_compose_key_idx").on(t.authorId, t.composeKey),
    index("messages_dossier_created_idx").on(t.dossierId, t.createdAt),
    index("messages_office_created_idx").on(t.officeId, t.createdAt),
    index("messages_reply_to_idx").on(t.replyToId),
    index("messages_thread_idx").on(t.threadId),
  ],
);

/**
 * One row per conversation (thread): what its lists sort and filter on, so that a page of conversations is read
 * from an index instead of grouping every message of the office or dossier on each view (issue 12). Kept by the
 * trigger `conversations_sync` on `messages` (db/migrations/0008_conversations.sql), whatever writes a message;
 * never written by the application. The lists describe only the page's conversations from their messages.
 */
export const conversations = pgTable(
  "conversations",
  {
    /** The conversation's first message. */
    threadId: uuid("thread_id")
      .primaryKey()
      .references(() => messages.id, { onDelete: "cascade" }),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    audience: messageAudience("audience").notNull(),
    /** Its newest message's time. */
    lastMessageAt: at("last_message_at").notNull(),
    /** A client wrote its newest message: the office has not answered yet ("open"). */
    lastByClient: boolean("last_by_client").notNull(),
    /** A client wrote in it (a conversation the office started that nobody answered is no inbox item). */
    withClient: boolean("with_client").notNull(),
  },
  (t) => [
    index("conversations_office_last_idx").on(t.officeId, t.lastMessageAt, t.threadId),
    index("conversations_dossier_last_idx").on(t.dossierId, t.lastMessageAt, t.threadId),
  ],
);

/** Who at the office has taken a conversation ("Toegewezen aan"); the conversation is its first message's id. */
export const conversationAssignments = pgTable(
  "conversation_assignments",
  {
    threadId: uuid("thread_id")
      .primaryKey()
      .references(() => messages.id, { onDelete: "cascade" }),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    assignedToId: uuid("assigned_to_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedAt: at("assigned_at").notNull().defaultNow(),
  },
  (t) => [index("conversation_assignments_assignee_idx").on(t.assignedToId)],
);

/** The clients a conversation with audience `recipients` is between (with the office). */
export const messageRecipients = pgTable(
  "message_recipients",
  {
    threadId: uuid("thread_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index("message_recipients_user_idx").on(t.userId)],
);

export const messageReads = pgTable(
  "message_reads",
  {
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: at("read_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] }), index("message_reads_user_idx").on(t.userId)],
);

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    kind: documentKind("kind").notNull(),
    title: text("title").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    storageKey: text("storage_key").notNull().unique(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    messageId: uuid("message_id").references(() => messages.id, { onDelete: "set null" }),
    withdrawnAt: at("withdrawn_at"),
    withdrawnById: uuid("withdrawn_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("documents_dossier_kind_created_idx").on(t.dossierId, t.kind, t.createdAt), index("documents_message_idx").on(t.messageId)],
);

export const documentReads = pgTable(
  "document_reads",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    firstReadAt: at("first_read_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.userId] }), index("document_reads_user_idx").on(t.userId)],
);

/** Objects a browser was allowed to upload; verified before they become documents, deleted when abandoned. */
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id, { onDelete: "cascade" }),
    dossierId: uuid("dossier_id").references(() => dossiers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Where the verified bytes live: made by the server, never signed for a browser to write. */
    storageKey: text("storage_key").notNull().unique(),
    /**
     * The key the browser's presigned PUT (or multipart parts) writes to. Verification copies it to
     * `storageKey`; set to null once the staging object is gone and its URLs have expired.
     */
    stagingKey: text("staging_key").unique(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    status: uploadStatus("status").notNull().default("pending"),
    /** The store's id of a multipart upload (files of 50 MB and more) until it is completed or aborted. */
    multipartId: text("multipart_id"),
    createdAt: createdAt(),
  },
  (t) => [index("uploads_status_created_idx").on(t.status, t.createdAt), index("uploads_user_idx").on(t.userId)],
);

export const tokens = pgTable(
  "tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("tokens_user_purpose_idx").on(t.userId, t.purpose)],
);

/**
 * Sessions ended by Uitloggen on one device (the others stay signed in). The session cookie names its session;
 * a listed one no longer counts (lib/auth/viewer.ts). A row can go once the session would have expired anyway.
 */
export const endedSessions = pgTable(
  "ended_sessions",
  {
    sessionId: uuid("session_id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);

export const otpCodes = pgTable(
  "otp_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: otpPurpose("purpose").notNull(),
    // The login attempt (or enrolment) this code is bound to.
    challengeId: uuid("challenge_id").notNull(),
    phone: text("phone"),
    codeHash: text("code_hash").notNull(),
    expiresAt: at("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    verifiedAt: at("verified_at"),
    consumedAt: at("consumed_at"),
    createdAt: createdAt(),
  },
  (t) => [index("otp_codes_user_created_idx").on(t.userId, t.createdAt), index("otp_codes_challenge_idx").on(t.challengeId)],
);

/** Append-only: rows are inserted, never updated or deleted by the application. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id").references(() => offices.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: uuid("subject_id"),
    dossierId: uuid("dossier_id").references(() => dossiers.id, { onDelete: "set null" }),
    ip: text("ip"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    at: at("at").notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_office_at_idx").on(t.officeId, t.at),
    index("audit_events_actor_at_idx").on(t.actorId, t.at),
    index("audit_events_dossier_at_idx").on(t.dossierId, t.at),
  ],
);

export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id").references(() => offices.id, { onDelete: "cascade" }),
    channel: outboxChannel("channel").notNull(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    locale: locale("locale").notNull(),
    // The rendered message: { subject?, text, html? }.
    data: jsonb("data").$type<{ subject?: string; text: string; html?: string }>().notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    sentAt: at("sent_at"),
    providerId: text("provider_id"),
    error: text("error"),
    /** "new_documents:<user id>" etc.: notices to one person within the batching window become one row. */
    batchKey: text("batch_key"),
    /** How many new items the batched notice counts so far. */
    batchCount: integer("batch_count"),
    /** A client notice: the client it is for, and the documents or messages it announces (dropped once all opened). */
    noticeFor: uuid("notice_for").references(() => users.id, { onDelete: "cascade" }),
    noticeItems: uuid("notice_items").array(),
    /** When a delivery run took the row; a claimed notice takes no more items (they go into a follow-up). */
    claimedAt: at("claimed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
    index("outbox_batch_key_idx").on(t.batchKey),
    index("outbox_created_idx").on(t.createdAt),
  ],
);

/** Fixed-window counters shared by every app instance (login failures, SMS sends, set-password requests). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: at("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);
