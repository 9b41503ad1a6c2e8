CREATE TABLE "instrument_wordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"language" text NOT NULL,
	"version" text NOT NULL,
	"content" jsonb NOT NULL,
	"source_citation" text NOT NULL,
	"source_url" text,
	"licence_holder" text NOT NULL,
	"licence_terms" text NOT NULL,
	"installed_at" timestamp with time zone NOT NULL,
	"installed_by" text NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"end_reason" text
);
--> statement-breakpoint
ALTER TABLE "instrument_results" ADD COLUMN "wording_language" text;--> statement-breakpoint
ALTER TABLE "instrument_results" ADD COLUMN "wording_id" uuid;--> statement-breakpoint
ALTER TABLE "instrument_wordings" ADD CONSTRAINT "instrument_wordings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_wordings_active_uq" ON "instrument_wordings" USING btree ("tenant_id","instrument_id","language") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "instrument_wordings_tenant_idx" ON "instrument_wordings" USING btree ("tenant_id","instrument_id");--> statement-breakpoint
ALTER TABLE "instrument_results" ADD CONSTRAINT "instrument_results_wording_id_instrument_wordings_id_fk" FOREIGN KEY ("wording_id") REFERENCES "public"."instrument_wordings"("id") ON DELETE no action ON UPDATE no action;