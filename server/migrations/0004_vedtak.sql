CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"vedtak_id" uuid NOT NULL,
	"evaluated_on" date NOT NULL,
	"person_participated" boolean NOT NULL,
	"person_view" text NOT NULL,
	"relatives_view" text,
	"outcome" text NOT NULL,
	"revision_note" text NOT NULL,
	"next_step" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"legal_basis" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vedtak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kartlegging_id" uuid,
	"service_id" uuid NOT NULL,
	"legal_basis" text NOT NULL,
	"scope" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"evaluation_date" date NOT NULL,
	"evaluation_responsible_id" uuid NOT NULL,
	"participation" text NOT NULL,
	"appeal_info" text NOT NULL,
	"reasoning" text NOT NULL,
	"missing_domains_reason" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"finalized_at" timestamp with time zone,
	"finalized_by" uuid,
	"replaces_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_catalogue" ADD CONSTRAINT "service_catalogue_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_kartlegging_id_kartlegginger_id_fk" FOREIGN KEY ("kartlegging_id") REFERENCES "public"."kartlegginger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_service_id_service_catalogue_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_catalogue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_evaluation_responsible_id_users_id_fk" FOREIGN KEY ("evaluation_responsible_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_vedtak_uq" ON "evaluations" USING btree ("vedtak_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_catalogue_code_uq" ON "service_catalogue" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "vedtak_person_idx" ON "vedtak" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vedtak_evaluation_idx" ON "vedtak" USING btree ("tenant_id","status","evaluation_date");