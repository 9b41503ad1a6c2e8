ALTER TABLE "access_log" ADD COLUMN "person_ids" uuid[];--> statement-breakpoint
CREATE INDEX "access_log_person_ids_idx" ON "access_log" USING gin ("person_ids");