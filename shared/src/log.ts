import { z } from "zod";
import { patchSchema } from "./state.js";

/**
 * The names of logged events: `resource:verb`, saying what happened. The patch carries the new
 * state of everything the event touched, so a client needs no knowledge of the rule that ran.
 */
export const eventTypes = [
  "consultation:created",
  "consultation:updated",
  "consultation:status-changed",
  /** The chair changed what the room display shows besides the room's business. */
  "display:changed",
  "delegation:registered",
  "delegation:updated",
  "participant:joined",
  "item:added",
  "item:removed",
  "item:opened",
  "item:time-box-set",
  /** The operator corrected an item's title, question or times before it was settled. */
  "item:edited",
  "item:concluded",
  "item:reopened",
  "agenda:reordered",
  "floor:requested",
  "floor:withdrawn",
  "floor:given",
  "floor:time-set",
  "floor:turn-ended",
  "position:published",
  "poll:created",
  "poll:opened",
  "poll:closed",
  /** Coalesced by the server's scheduler; carries counts only and no actor. */
  "poll:turnout-changed",
  /** Named polls with live results only; other ballots append no event (see polls). */
  "ballot:counted",
  "ballot:changed",
  "consensus:called",
  "consensus:objected",
  "consensus:objection-withdrawn",
  "consensus:closed",
  "expectation:drafted",
  "expectation:revised",
  "amendment:proposed",
  "amendment:accepted",
  "amendment:rejected",
  "acceptance:recorded",
  "draft:opened",
  "paragraph:added",
  "paragraph:edited",
  "paragraph:state-changed",
  /** Taken out of its draft; kept in `paragraphDeletions` with who, when and its text. */
  "paragraph:deleted",
  /** Moved (with its sub-paragraphs) or set at another level of the outline. */
  "paragraph:moved",
  "proposal:submitted",
  "proposal:withdrawn",
  "proposal:merged",
  "proposal:rejected",
  /** A position or proposal made on behalf of co-signatories, who are asked to confirm. */
  "joint:posted",
  "cosignature:confirmed",
  "cosignature:declined",
  "breakdown:disclosure-changed",
  /** The summary's narrative changed; the patch is empty: chair and secretary re-read it over HTTP. */
  "summary:draft-edited",
  /** The summary is final and immutable; its digest is read over HTTP. Empty patch. */
  "summary:finalised",
  /** A trustee of a secret poll published its key share (or, after close, its decryption share). */
  "poll:trustee-ready",
  /** Every trustee decrypted: a secret poll's result is published. */
  "poll:tallied",
] as const;
export const eventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof eventTypeSchema>;

/** One entry of a consultation's append-only log, as stored and as broadcast. */
export const consultationEventSchema = z.object({
  /** Gap-free, per consultation, starting at 1. */
  seq: z.number().int().positive(),
  type: eventTypeSchema,
  at: z.iso.datetime({ offset: true }),
  /** The participant who caused it; null for the operator or the server's own deadlines. */
  actorId: z.uuid().nullable(),
  patch: patchSchema,
  /** The event's hash in the tamper-evident chain, so a client holds the head it has seen. */
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type ConsultationEvent = z.infer<typeof consultationEventSchema>;

/**
 * The short form of a head hash that delegations read aloud and compare: its first 8 hex digits in
 * two groups of 4 ("f3f3 a41d"). The room display and the final summary show it; `pnpm verify-log`
 * prints the whole hash, which starts with the same digits.
 */
export function headFingerprint(hash: string): string {
  return `${hash.slice(0, 4)} ${hash.slice(4, 8)}`;
}
