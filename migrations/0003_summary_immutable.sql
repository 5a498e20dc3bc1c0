-- A final summary is immutable: the application never updates one, and the database refuses to.
CREATE FUNCTION "summaries_keep_final"() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'final' THEN
    RAISE EXCEPTION 'the final summary of consultation % cannot be changed', OLD."consultation_id";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER "summaries_final_is_immutable" BEFORE UPDATE ON "summaries" FOR EACH ROW EXECUTE FUNCTION "summaries_keep_final"();
