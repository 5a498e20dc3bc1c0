import { z } from "zod";
import { roleSchema } from "./domain/enums.js";
import { eventTypeSchema } from "./log.js";
import { operatorActorSchema } from "./operators.js";
import { collectionNameSchema } from "./state.js";

/**
 * The audit trail: who did what, when, read from the event log by the chair (`GET /api/audit`)
 * and the operator (`GET /api/operator/consultations/:id/audit`), 500 entries a page, `?after=seq`
 * for the next. Secret ballots log no event, so they never appear; the scheduler's coalesced
 * turnout counts appear without an actor.
 */
/** A participant named in the audit trail. */
export const auditActorSchema = z.object({
  participantId: z.uuid(),
  displayName: z.string(),
  role: roleSchema,
  /** The actor's delegation's name, if the actor belongs to one. */
  delegation: z.string().nullable(),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  type: eventTypeSchema,
  at: z.iso.datetime({ offset: true }),
  /** Who caused it; null for the operator, the server's own deadlines, anonymous counts and shared events. */
  actor: auditActorSchema.nullable(),
  /**
   * Everyone who acted, when one event carries the commands of several participants (named ballots
   * committed together): each ballot names who cast it. Absent otherwise.
   */
  actors: z.array(auditActorSchema).optional(),
  /** The operator whose action produced the event (creating, editing, registering), when one did. */
  operator: operatorActorSchema.nullable().optional(),
  /** The ids of the entities the event created, changed or removed, by collection. */
  touched: z.partialRecord(collectionNameSchema, z.array(z.string())),
  /** True when the event changed the consultation itself (title, status…). */
  consultationChanged: z.boolean(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.array(auditEntrySchema);

/** What verifying a consultation's tamper-evident log found (`GET …/:id/log/verify`, `pnpm verify-log`). */
export const chainReportSchema = z.object({
  consultationId: z.uuid(),
  /** True when every event from seq 1 to the head is there and hashes to what is stored. */
  intact: z.boolean(),
  /** How many events were read. */
  events: z.number().int().min(0),
  /** The last sequence number and the chain hash stored there (null before the chain existed). */
  head: z.object({ seq: z.number().int().min(0), hash: z.string().nullable() }),
  /** Events logged before the chain existed and not chained yet; checked for gaps only. */
  unchained: z.number().int().min(0),
  /** The first sequence number at which the chain breaks, or null. */
  firstBrokenSeq: z.number().int().positive().nullable(),
  /** Why it breaks there, in words. */
  reason: z.string().nullable(),
  /** The head recorded at the last commit (null for a log never chained); a shorter log was truncated. */
  checkpoint: z.object({ seq: z.number().int().min(0), hash: z.string() }).nullable(),
  /** Whether the state tables equal a replay of the log (null when the chain is broken or the log empty). */
  stateMatchesLog: z.boolean().nullable(),
  /** What differs between the state tables and the replay, in words; empty when they agree. */
  divergence: z.array(z.string()),
});
export type ChainReport = z.infer<typeof chainReportSchema>;
