CREATE TABLE "summaries" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"revision" integer NOT NULL,
	"narrative" jsonb NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone,
	"finalised_by" uuid,
	"finalised_at" timestamp with time zone,
	"covered_seq" integer,
	"document" text,
	"digest" text
);
--> statement-breakpoint
ALTER TABLE "summaries" ADD CONSTRAINT "summaries_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "summaries_digest" ON "summaries" USING btree ("digest");