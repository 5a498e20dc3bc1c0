CREATE TABLE "acceptances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"expectation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"delegation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"caveat" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "amendments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"expectation_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"rationale" text NOT NULL,
	"delegation_id" uuid NOT NULL,
	"proposed_by" uuid NOT NULL,
	"status" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"resulting_version" integer,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "consensus_calls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"item_id" uuid,
	"expectation_id" uuid,
	"expectation_version" integer,
	"text" text NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"closed_by" text,
	"called_by" uuid NOT NULL,
	"called_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "expectation_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"expectation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"author_delegation_id" uuid,
	"amendment_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expectations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"item_id" uuid,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"status" text NOT NULL,
	"drafted_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "poll_ballots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"poll_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"choices" integer[] NOT NULL,
	"cast_by" uuid NOT NULL,
	"cast_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poll_option_counts" (
	"poll_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"option" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "poll_option_counts_poll_id_scope_option_pk" PRIMARY KEY("poll_id","scope","option")
);
--> statement-breakpoint
CREATE TABLE "poll_participation" (
	"poll_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"cast_by" uuid NOT NULL,
	CONSTRAINT "poll_participation_poll_id_delegation_id_pk" PRIMARY KEY("poll_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "poll_receipts" (
	"poll_id" uuid NOT NULL,
	"receipt_hash" text NOT NULL,
	CONSTRAINT "poll_receipts_poll_id_receipt_hash_pk" PRIMARY KEY("poll_id","receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"question" text NOT NULL,
	"kind" text NOT NULL,
	"options" text[] NOT NULL,
	"max_choices" integer NOT NULL,
	"secret" boolean NOT NULL,
	"results_visibility" text NOT NULL,
	"status" text NOT NULL,
	"announced_turnout" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "position_drafts" (
	"consultation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"stance" text NOT NULL,
	"statement" text NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "position_drafts_item_id_delegation_id_pk" PRIMARY KEY("item_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "position_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"stance" text NOT NULL,
	"statement" text NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"stance" text NOT NULL,
	"statement" text NOT NULL,
	"version" integer NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acceptances" ADD CONSTRAINT "acceptances_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptances" ADD CONSTRAINT "acceptances_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptances" ADD CONSTRAINT "acceptances_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_calls" ADD CONSTRAINT "consensus_calls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_calls" ADD CONSTRAINT "consensus_calls_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_calls" ADD CONSTRAINT "consensus_calls_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_versions" ADD CONSTRAINT "expectation_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_versions" ADD CONSTRAINT "expectation_versions_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_call_id_consensus_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."consensus_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_option_counts" ADD CONSTRAINT "poll_option_counts_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participation" ADD CONSTRAINT "poll_participation_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participation" ADD CONSTRAINT "poll_participation_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_receipts" ADD CONSTRAINT "poll_receipts_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_drafts" ADD CONSTRAINT "position_drafts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_drafts" ADD CONSTRAINT "position_drafts_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_drafts" ADD CONSTRAINT "position_drafts_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_versions" ADD CONSTRAINT "position_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_versions" ADD CONSTRAINT "position_versions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "acceptances_unique" ON "acceptances" USING btree ("expectation_id","version","delegation_id");--> statement-breakpoint
CREATE INDEX "acceptances_consultation" ON "acceptances" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "amendments_consultation" ON "amendments" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consensus_calls_consultation" ON "consensus_calls" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consensus_calls_due" ON "consensus_calls" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE UNIQUE INDEX "expectation_versions_unique" ON "expectation_versions" USING btree ("expectation_id","version");--> statement-breakpoint
CREATE INDEX "expectation_versions_consultation" ON "expectation_versions" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "expectations_consultation" ON "expectations" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "objections_call_delegation" ON "objections" USING btree ("call_id","delegation_id");--> statement-breakpoint
CREATE INDEX "objections_consultation" ON "objections" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poll_ballots_unique" ON "poll_ballots" USING btree ("poll_id","delegation_id");--> statement-breakpoint
CREATE INDEX "polls_consultation" ON "polls" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "polls_status" ON "polls" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "position_versions_unique" ON "position_versions" USING btree ("position_id","version");--> statement-breakpoint
CREATE INDEX "position_versions_consultation" ON "position_versions" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "positions_item_delegation" ON "positions" USING btree ("item_id","delegation_id");--> statement-breakpoint
CREATE INDEX "positions_consultation" ON "positions" USING btree ("consultation_id");