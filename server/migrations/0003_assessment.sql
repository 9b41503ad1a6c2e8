CREATE TABLE "instrument_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kartlegging_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"status" text NOT NULL,
	"score" numeric,
	"band" text,
	"band_label" text,
	"suicide_risk_prompt" boolean DEFAULT false NOT NULL,
	"administered_at" timestamp with time zone NOT NULL,
	"administered_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kartlegging_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kartlegging_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"status" text NOT NULL,
	"evidence_kind" text NOT NULL,
	"evidence" text NOT NULL,
	"aspects" jsonb,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kartlegginger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"occasion" date NOT NULL,
	"status" text DEFAULT 'in-progress' NOT NULL,
	"declined_at" timestamp with time zone,
	"reoffer_date" date,
	"meeting_date" date,
	"meeting_participants" text[] DEFAULT '{}'::text[] NOT NULL,
	"what_matters" text,
	"relatives" jsonb,
	"missing_domains_reason" text,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instrument_results" ADD CONSTRAINT "instrument_results_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_results" ADD CONSTRAINT "instrument_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_results" ADD CONSTRAINT "instrument_results_kartlegging_id_kartlegginger_id_fk" FOREIGN KEY ("kartlegging_id") REFERENCES "public"."kartlegginger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_results" ADD CONSTRAINT "instrument_results_administered_by_users_id_fk" FOREIGN KEY ("administered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegging_domains" ADD CONSTRAINT "kartlegging_domains_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegging_domains" ADD CONSTRAINT "kartlegging_domains_kartlegging_id_kartlegginger_id_fk" FOREIGN KEY ("kartlegging_id") REFERENCES "public"."kartlegginger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegging_domains" ADD CONSTRAINT "kartlegging_domains_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegginger" ADD CONSTRAINT "kartlegginger_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegginger" ADD CONSTRAINT "kartlegginger_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegginger" ADD CONSTRAINT "kartlegginger_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegginger" ADD CONSTRAINT "kartlegginger_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kartlegginger" ADD CONSTRAINT "kartlegginger_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instrument_results_kartlegging_idx" ON "instrument_results" USING btree ("kartlegging_id");--> statement-breakpoint
CREATE INDEX "instrument_results_person_idx" ON "instrument_results" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kartlegging_domains_uq" ON "kartlegging_domains" USING btree ("kartlegging_id","domain");--> statement-breakpoint
CREATE UNIQUE INDEX "kartlegginger_person_occasion_uq" ON "kartlegginger" USING btree ("person_id","occasion");--> statement-breakpoint
CREATE INDEX "kartlegginger_reoffer_idx" ON "kartlegginger" USING btree ("tenant_id","reoffer_date");