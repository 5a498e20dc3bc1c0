-- A log nobody can quietly rewrite (issue 16). Hand-written: triggers and a backfill.
--
-- Every log already chained gets its checkpoint: the head as it stands. A log whose events all
-- lack a hash (written before the chain existed) gets none, and is chained at its next append.
INSERT INTO "log_checkpoints" ("consultation_id", "seq", "hash", "recorded_at")
SELECT c."id", c."last_seq", e."hash", now()
FROM "consultations" c
JOIN "consultation_events" e ON e."consultation_id" = c."id" AND e."seq" = c."last_seq"
WHERE e."hash" IS NOT NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- The log is append-only. A new event always carries its hash; a chained event never changes;
-- an unchained one may only gain its hash, and only while its log has no checkpoint; no event is
-- deleted except with its consultation.
CREATE FUNCTION "consultation_events_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."hash" IS NULL OR NEW."prev_hash" IS NULL THEN
      RAISE EXCEPTION 'event % of consultation % has no chain hash', NEW."seq", NEW."consultation_id";
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    IF OLD."hash" IS NOT NULL THEN
      RAISE EXCEPTION 'event % of consultation % is chained and cannot change', OLD."seq", OLD."consultation_id";
    END IF;
    IF NEW."hash" IS NULL OR NEW."prev_hash" IS NULL
      OR NEW."consultation_id" <> OLD."consultation_id" OR NEW."seq" <> OLD."seq" OR NEW."type" <> OLD."type"
      OR NEW."payload" <> OLD."payload" OR NEW."actor_id" IS DISTINCT FROM OLD."actor_id"
      OR NEW."created_at" <> OLD."created_at"
      OR EXISTS (SELECT 1 FROM "log_checkpoints" k WHERE k."consultation_id" = OLD."consultation_id") THEN
      RAISE EXCEPTION 'event % of consultation % may only gain its chain hash, once', OLD."seq", OLD."consultation_id";
    END IF;
    RETURN NEW;
  ELSE
    IF EXISTS (SELECT 1 FROM "consultations" c WHERE c."id" = OLD."consultation_id") THEN
      RAISE EXCEPTION 'event % of consultation % cannot be deleted', OLD."seq", OLD."consultation_id";
    END IF;
    RETURN OLD;
  END IF;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER "consultation_events_are_append_only" BEFORE INSERT OR UPDATE OR DELETE ON "consultation_events"
  FOR EACH ROW EXECUTE FUNCTION "consultation_events_append_only"();--> statement-breakpoint
-- A checkpoint only moves forward, and is deleted only with its consultation.
CREATE FUNCTION "log_checkpoints_forward_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW."consultation_id" <> OLD."consultation_id" OR NEW."seq" < OLD."seq"
      OR (NEW."seq" = OLD."seq" AND NEW."hash" <> OLD."hash") THEN
      RAISE EXCEPTION 'the log checkpoint of consultation % cannot move back', OLD."consultation_id";
    END IF;
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM "consultations" c WHERE c."id" = OLD."consultation_id") THEN
    RAISE EXCEPTION 'the log checkpoint of consultation % cannot be deleted', OLD."consultation_id";
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER "log_checkpoints_move_forward" BEFORE UPDATE OR DELETE ON "log_checkpoints"
  FOR EACH ROW EXECUTE FUNCTION "log_checkpoints_forward_only"();
