ALTER TABLE "messages" ADD COLUMN "compose_key" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_author_compose_key_idx" ON "messages" USING btree ("author_id","compose_key");