CREATE TABLE "briefing_accesses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"briefing_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"participant_id" uuid,
	"delegation_id" uuid,
	"outcome" text NOT NULL,
	"watermark" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "briefings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"distribution" jsonb NOT NULL,
	"content" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"circulated_by" text NOT NULL,
	"circulated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text
);
--> statement-breakpoint
CREATE TABLE "mission_expectation_ends" (
	"mission_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"superseded_by" uuid,
	"consultation_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"ended_by" uuid,
	"ended_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mission_expectation_ends_mission_id_lineage_id_pk" PRIMARY KEY("mission_id","lineage_id")
);
--> statement-breakpoint
CREATE TABLE "mission_expectation_lineage" (
	"expectation_id" uuid PRIMARY KEY NOT NULL,
	"mission_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"carried_from_id" uuid
);
--> statement-breakpoint
CREATE TABLE "mission_implementation_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"mission_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_name" text NOT NULL,
	"author_ref" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"host_delegation_names" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "mission_id" uuid;--> statement-breakpoint
ALTER TABLE "briefing_accesses" ADD CONSTRAINT "briefing_accesses_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_accesses" ADD CONSTRAINT "briefing_accesses_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_expectation_ends" ADD CONSTRAINT "mission_expectation_ends_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_expectation_ends" ADD CONSTRAINT "mission_expectation_ends_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_expectation_lineage" ADD CONSTRAINT "mission_expectation_lineage_expectation_id_expectations_id_fk" FOREIGN KEY ("expectation_id") REFERENCES "public"."expectations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_expectation_lineage" ADD CONSTRAINT "mission_expectation_lineage_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_implementation_notes" ADD CONSTRAINT "mission_implementation_notes_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "briefing_accesses_briefing" ON "briefing_accesses" USING btree ("briefing_id");--> statement-breakpoint
CREATE INDEX "briefings_consultation" ON "briefings" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "mission_expectation_lineage_mission" ON "mission_expectation_lineage" USING btree ("mission_id","lineage_id");--> statement-breakpoint
CREATE INDEX "mission_implementation_notes_lineage" ON "mission_implementation_notes" USING btree ("mission_id","lineage_id");--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE set null ON UPDATE no action;