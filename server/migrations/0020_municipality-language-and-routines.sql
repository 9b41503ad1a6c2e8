ALTER TABLE "persons" ADD COLUMN "written_language" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "written_language" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "first_contact_working_days" integer DEFAULT 3 NOT NULL;