CREATE TYPE "public"."message_audience" AS ENUM('dossier', 'recipients');--> statement-breakpoint
CREATE TABLE "message_recipients" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "message_recipients_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "thread_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "audience" "message_audience";--> statement-breakpoint
-- Existing messages get the audience rule of docs/authorization.md: a conversation a client starts, or a
-- client's reply to a conversation that was not theirs alone, is between that client and the office; anything
-- else follows its parent. Before this migration a client's messages were already private to their author.
WITH RECURSIVE tree(id, thread_id, client_id) AS (
  SELECT m.id, m.id, CASE WHEN u.role = 'client' THEN m.author_id END
  FROM "messages" m JOIN "users" u ON u.id = m.author_id
  WHERE m.reply_to_id IS NULL
  UNION ALL
  SELECT c.id,
    CASE WHEN u.role = 'client' AND tree.client_id IS DISTINCT FROM c.author_id THEN c.id ELSE tree.thread_id END,
    CASE WHEN u.role = 'client' AND tree.client_id IS DISTINCT FROM c.author_id THEN c.author_id ELSE tree.client_id END
  FROM "messages" c JOIN "users" u ON u.id = c.author_id JOIN tree ON c.reply_to_id = tree.id
), filled AS (
  UPDATE "messages" SET
    "thread_id" = tree.thread_id,
    "audience" = CASE WHEN tree.client_id IS NULL THEN 'dossier' ELSE 'recipients' END::"message_audience"
  FROM tree WHERE "messages".id = tree.id
  RETURNING tree.thread_id, tree.client_id
)
INSERT INTO "message_recipients" ("thread_id", "user_id")
SELECT DISTINCT thread_id, client_id FROM filled WHERE client_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "thread_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ALTER COLUMN "audience" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "uploads" ADD COLUMN "staging_key" text;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_thread_id_messages_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_recipients_user_idx" ON "message_recipients" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_messages_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id");--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_staging_key_unique" UNIQUE("staging_key");