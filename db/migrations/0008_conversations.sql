CREATE TABLE "conversations" (
	"thread_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"audience" "message_audience" NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"last_by_client" boolean NOT NULL,
	"with_client" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_thread_id_messages_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_office_last_idx" ON "conversations" USING btree ("office_id","last_message_at","thread_id");--> statement-breakpoint
CREATE INDEX "conversations_dossier_last_idx" ON "conversations" USING btree ("dossier_id","last_message_at","thread_id");--> statement-breakpoint
-- Kept by the database for every message written, by whatever writes it (db/schema.ts, `conversations`). An
-- insert is merged into the row (newest time wins; on equal times "a client wrote last" wins, as the lists
-- always counted it), so concurrent replies to one conversation give the same row in any order. A deleted
-- message (the application deletes none one by one; dossiers and first messages take their conversations
-- with them) makes the row be computed again from the messages left.
CREATE FUNCTION "conversations_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  by_client boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT "role" = 'client' INTO by_client FROM "users" WHERE "id" = NEW."author_id";
    INSERT INTO "conversations" AS c ("thread_id", "office_id", "dossier_id", "audience", "last_message_at", "last_by_client", "with_client")
    VALUES (NEW."thread_id", NEW."office_id", NEW."dossier_id", NEW."audience", NEW."created_at", by_client, by_client)
    ON CONFLICT ("thread_id") DO UPDATE SET
      "last_message_at" = greatest(c."last_message_at", EXCLUDED."last_message_at"),
      "last_by_client" = CASE
        WHEN EXCLUDED."last_message_at" > c."last_message_at" THEN EXCLUDED."last_by_client"
        WHEN EXCLUDED."last_message_at" < c."last_message_at" THEN c."last_by_client"
        ELSE c."last_by_client" OR EXCLUDED."last_by_client"
      END,
      "with_client" = c."with_client" OR EXCLUDED."with_client";
  ELSE
    UPDATE "conversations" AS c SET ("last_message_at", "last_by_client", "with_client") = (
      SELECT max(m."created_at"),
        coalesce(max(m."created_at") FILTER (WHERE u."role" = 'client') = max(m."created_at"), false),
        coalesce(bool_or(u."role" = 'client'), false)
      FROM "messages" AS m JOIN "users" AS u ON u."id" = m."author_id"
      WHERE m."thread_id" = OLD."thread_id")
    WHERE c."thread_id" = OLD."thread_id" AND EXISTS (SELECT 1 FROM "messages" WHERE "thread_id" = OLD."thread_id");
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "conversations_sync" AFTER INSERT OR DELETE ON "messages" FOR EACH ROW EXECUTE FUNCTION "conversations_sync"();
--> statement-breakpoint
INSERT INTO "conversations" ("thread_id", "office_id", "dossier_id", "audience", "last_message_at", "last_by_client", "with_client")
SELECT m."thread_id", t."office_id", t."dossier_id", t."audience", max(m."created_at"),
  coalesce(max(m."created_at") FILTER (WHERE u."role" = 'client') = max(m."created_at"), false),
  coalesce(bool_or(u."role" = 'client'), false)
FROM "messages" AS m
JOIN "users" AS u ON u."id" = m."author_id"
JOIN "messages" AS t ON t."id" = m."thread_id"
GROUP BY m."thread_id", t."office_id", t."dossier_id", t."audience";
