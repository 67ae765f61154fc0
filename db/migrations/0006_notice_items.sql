ALTER TABLE "outbox" ADD COLUMN "notice_for" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "notice_items" uuid[];--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_notice_for_users_id_fk" FOREIGN KEY ("notice_for") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;