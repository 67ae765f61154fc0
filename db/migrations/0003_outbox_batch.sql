ALTER TABLE "outbox" ADD COLUMN "batch_key" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "batch_count" integer;--> statement-breakpoint
CREATE INDEX "outbox_batch_key_idx" ON "outbox" USING btree ("batch_key");