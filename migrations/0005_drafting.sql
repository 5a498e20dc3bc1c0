CREATE TABLE "breakdown_disclosures" (
	"consultation_id" uuid NOT NULL,
	"constituency" text NOT NULL,
	"allowed_by" uuid NOT NULL,
	"allowed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "breakdown_disclosures_consultation_id_constituency_pk" PRIMARY KEY("consultation_id","constituency")
);
--> statement-breakpoint
CREATE TABLE "co_signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"joint_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "draft_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"draft_id" uuid NOT NULL,
	"paragraph_id" uuid,
	"kind" text NOT NULL,
	"base_version" integer,
	"passage" text NOT NULL,
	"text" text NOT NULL,
	"paragraph_kind" text,
	"after_paragraph_id" uuid,
	"rationale" text NOT NULL,
	"delegation_id" uuid NOT NULL,
	"proposed_by" uuid NOT NULL,
	"status" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text,
	"resulting_paragraph_id" uuid,
	"resulting_version" integer
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_version" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"sponsor_delegation_id" uuid NOT NULL,
	"on_behalf_of" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paragraph_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"draft_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"state" text NOT NULL,
	"author_id" uuid,
	"author_delegation_id" uuid,
	"proposal_id" uuid,
	"call_id" uuid,
	"note" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paragraphs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"draft_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"state" text NOT NULL,
	"version" integer NOT NULL,
	"sponsor_delegation_id" uuid,
	"silence_call_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "breakdown_disclosures" ADD CONSTRAINT "breakdown_disclosures_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_signatures" ADD CONSTRAINT "co_signatures_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_signatures" ADD CONSTRAINT "co_signatures_joint_id_joint_statements_id_fk" FOREIGN KEY ("joint_id") REFERENCES "public"."joint_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_signatures" ADD CONSTRAINT "co_signatures_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_proposals" ADD CONSTRAINT "draft_proposals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_proposals" ADD CONSTRAINT "draft_proposals_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_proposals" ADD CONSTRAINT "draft_proposals_paragraph_id_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_proposals" ADD CONSTRAINT "draft_proposals_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_statements" ADD CONSTRAINT "joint_statements_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_statements" ADD CONSTRAINT "joint_statements_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_statements" ADD CONSTRAINT "joint_statements_sponsor_delegation_id_delegations_id_fk" FOREIGN KEY ("sponsor_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraph_versions" ADD CONSTRAINT "paragraph_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraph_versions" ADD CONSTRAINT "paragraph_versions_paragraph_id_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_sponsor_delegation_id_delegations_id_fk" FOREIGN KEY ("sponsor_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_silence_call_id_consensus_calls_id_fk" FOREIGN KEY ("silence_call_id") REFERENCES "public"."consensus_calls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "co_signatures_unique" ON "co_signatures" USING btree ("joint_id","delegation_id");--> statement-breakpoint
CREATE INDEX "co_signatures_consultation" ON "co_signatures" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "draft_proposals_draft" ON "draft_proposals" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "draft_proposals_consultation" ON "draft_proposals" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "drafts_consultation" ON "drafts" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_statements_subject" ON "joint_statements" USING btree ("subject","subject_id","subject_version");--> statement-breakpoint
CREATE INDEX "joint_statements_consultation" ON "joint_statements" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "paragraph_versions_unique" ON "paragraph_versions" USING btree ("paragraph_id","version");--> statement-breakpoint
CREATE INDEX "paragraph_versions_consultation" ON "paragraph_versions" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "paragraphs_draft" ON "paragraphs" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "paragraphs_silence_call" ON "paragraphs" USING btree ("silence_call_id");