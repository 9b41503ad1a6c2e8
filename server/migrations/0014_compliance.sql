CREATE TABLE "compliance_monthly" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"month" text NOT NULL,
	"check_id" text NOT NULL,
	"unit_id" uuid,
	"met" integer NOT NULL,
	"partly" integer NOT NULL,
	"not_met" integer NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_results" (
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"check_id" text NOT NULL,
	"status" text NOT NULL,
	"detail" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"unit_id" uuid,
	"assignee_id" uuid,
	"evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "compliance_results_person_id_check_id_pk" PRIMARY KEY("person_id","check_id")
);
--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "claims" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "compliance_monthly" ADD CONSTRAINT "compliance_monthly_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_monthly" ADD CONSTRAINT "compliance_monthly_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_results" ADD CONSTRAINT "compliance_results_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_results" ADD CONSTRAINT "compliance_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_results" ADD CONSTRAINT "compliance_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_results" ADD CONSTRAINT "compliance_results_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compliance_monthly_month_idx" ON "compliance_monthly" USING btree ("tenant_id","month","check_id");--> statement-breakpoint
CREATE INDEX "compliance_results_check_idx" ON "compliance_results" USING btree ("tenant_id","check_id","status");--> statement-breakpoint
CREATE INDEX "compliance_results_unit_idx" ON "compliance_results" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "compliance_results_assignee_idx" ON "compliance_results" USING btree ("assignee_id","status");