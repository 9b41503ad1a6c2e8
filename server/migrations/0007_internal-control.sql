CREATE TABLE "deviation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"deviation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "deviation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"deviation_id" uuid NOT NULL,
	"message" text NOT NULL,
	"to_reporter" boolean NOT NULL,
	"to_reporting_unit" boolean NOT NULL,
	"given_by" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deviation_forwardings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"deviation_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid NOT NULL,
	"answer_due_date" date NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"answer_received_on" date,
	"answer_summary" text,
	"answer_recorded_by" uuid,
	"letter_pdf" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deviation_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"deviation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deviations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "deviations_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"description" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"reported_by" uuid NOT NULL,
	"reporter_unit_id" uuid,
	"reported_at" timestamp with time zone NOT NULL,
	"concerned_unit_id" uuid,
	"concerned_partner_id" uuid,
	"handling_unit_id" uuid,
	"routed_at" timestamp with time zone NOT NULL,
	"person_id" uuid,
	"status" text DEFAULT 'registered' NOT NULL,
	"escalated_at" timestamp with time zone,
	"assessment" text,
	"cause" text,
	"conclusion" text,
	"no_feedback_reason" text,
	"no_partner_answer_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_with_feedback" boolean,
	CONSTRAINT "deviations_concerned_one" CHECK (("deviations"."concerned_unit_id" is null) <> ("deviations"."concerned_partner_id" is null))
);
--> statement-breakpoint
CREATE TABLE "procedure_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "procedure_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version_id" uuid,
	"text" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decision" text,
	"decision_comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"process_step" text NOT NULL,
	"content_kind" text NOT NULL,
	"markdown" text,
	"pdf" "bytea",
	"pdf_file_name" text,
	"pdf_bytes" integer,
	"unit_ids" uuid[] NOT NULL,
	"roles" text[] NOT NULL,
	"valid_from" date NOT NULL,
	"revision_due" date NOT NULL,
	"change_summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "procedure_versions_content" CHECK (("procedure_versions"."content_kind" = 'markdown' and "procedure_versions"."markdown" is not null and "procedure_versions"."pdf" is null) or ("procedure_versions"."content_kind" = 'pdf' and "procedure_versions"."pdf" is not null and "procedure_versions"."markdown" is null))
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responsibility_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"unit_id" uuid,
	"partner_id" uuid,
	"level" text NOT NULL,
	CONSTRAINT "responsibility_assignments_party_one" CHECK (("responsibility_assignments"."unit_id" is null) <> ("responsibility_assignments"."partner_id" is null))
);
--> statement-breakpoint
CREATE TABLE "responsibility_matrices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approval_comment" text
);
--> statement-breakpoint
CREATE TABLE "responsibility_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"matrix_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text
);
--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_events" ADD CONSTRAINT "deviation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_feedback" ADD CONSTRAINT "deviation_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_feedback" ADD CONSTRAINT "deviation_feedback_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_feedback" ADD CONSTRAINT "deviation_feedback_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_forwardings" ADD CONSTRAINT "deviation_forwardings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_forwardings" ADD CONSTRAINT "deviation_forwardings_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_forwardings" ADD CONSTRAINT "deviation_forwardings_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_forwardings" ADD CONSTRAINT "deviation_forwardings_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_forwardings" ADD CONSTRAINT "deviation_forwardings_answer_recorded_by_users_id_fk" FOREIGN KEY ("answer_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_measures" ADD CONSTRAINT "deviation_measures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_measures" ADD CONSTRAINT "deviation_measures_deviation_id_deviations_id_fk" FOREIGN KEY ("deviation_id") REFERENCES "public"."deviations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_measures" ADD CONSTRAINT "deviation_measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviation_measures" ADD CONSTRAINT "deviation_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_reporter_unit_id_units_id_fk" FOREIGN KEY ("reporter_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_concerned_unit_id_units_id_fk" FOREIGN KEY ("concerned_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_concerned_partner_id_partners_id_fk" FOREIGN KEY ("concerned_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_handling_unit_id_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deviations" ADD CONSTRAINT "deviations_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_acknowledgements" ADD CONSTRAINT "procedure_acknowledgements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_acknowledgements" ADD CONSTRAINT "procedure_acknowledgements_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_acknowledgements" ADD CONSTRAINT "procedure_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_approvals" ADD CONSTRAINT "procedure_approvals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_approvals" ADD CONSTRAINT "procedure_approvals_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_approvals" ADD CONSTRAINT "procedure_approvals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_proposals" ADD CONSTRAINT "procedure_proposals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_proposals" ADD CONSTRAINT "procedure_proposals_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_proposals" ADD CONSTRAINT "procedure_proposals_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_proposals" ADD CONSTRAINT "procedure_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_proposals" ADD CONSTRAINT "procedure_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_assignments" ADD CONSTRAINT "responsibility_assignments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_assignments" ADD CONSTRAINT "responsibility_assignments_task_id_responsibility_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."responsibility_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_assignments" ADD CONSTRAINT "responsibility_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_assignments" ADD CONSTRAINT "responsibility_assignments_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_matrices" ADD CONSTRAINT "responsibility_matrices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_matrices" ADD CONSTRAINT "responsibility_matrices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_matrices" ADD CONSTRAINT "responsibility_matrices_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_tasks" ADD CONSTRAINT "responsibility_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_tasks" ADD CONSTRAINT "responsibility_tasks_matrix_id_responsibility_matrices_id_fk" FOREIGN KEY ("matrix_id") REFERENCES "public"."responsibility_matrices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deviation_events_deviation_idx" ON "deviation_events" USING btree ("deviation_id","at");--> statement-breakpoint
CREATE INDEX "deviation_feedback_deviation_idx" ON "deviation_feedback" USING btree ("deviation_id");--> statement-breakpoint
CREATE INDEX "deviation_forwardings_deviation_idx" ON "deviation_forwardings" USING btree ("deviation_id");--> statement-breakpoint
CREATE INDEX "deviation_measures_deviation_idx" ON "deviation_measures" USING btree ("deviation_id");--> statement-breakpoint
CREATE INDEX "deviation_measures_owner_idx" ON "deviation_measures" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deviations_number_uq" ON "deviations" USING btree ("number");--> statement-breakpoint
CREATE INDEX "deviations_tenant_reported_idx" ON "deviations" USING btree ("tenant_id","reported_at");--> statement-breakpoint
CREATE INDEX "deviations_handling_idx" ON "deviations" USING btree ("handling_unit_id","status");--> statement-breakpoint
CREATE INDEX "deviations_reporter_idx" ON "deviations" USING btree ("reported_by");--> statement-breakpoint
CREATE INDEX "deviations_reporter_unit_idx" ON "deviations" USING btree ("reporter_unit_id");--> statement-breakpoint
CREATE INDEX "deviations_concerned_idx" ON "deviations" USING btree ("concerned_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_acknowledgements_uq" ON "procedure_acknowledgements" USING btree ("version_id","user_id");--> statement-breakpoint
CREATE INDEX "procedure_acknowledgements_user_idx" ON "procedure_acknowledgements" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_approvals_version_uq" ON "procedure_approvals" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "procedure_proposals_procedure_idx" ON "procedure_proposals" USING btree ("procedure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_uq" ON "procedure_versions" USING btree ("procedure_id","version");--> statement-breakpoint
CREATE INDEX "procedures_tenant_idx" ON "procedures" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "responsibility_assignments_task_idx" ON "responsibility_assignments" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responsibility_matrices_version_uq" ON "responsibility_matrices" USING btree ("tenant_id","version");--> statement-breakpoint
CREATE INDEX "responsibility_tasks_matrix_idx" ON "responsibility_tasks" USING btree ("matrix_id","position");