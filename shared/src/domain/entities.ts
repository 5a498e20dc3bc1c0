import { z } from "zod";
import { decisionRuleSchema } from "../decisions/decision-rule.js";
import {
  agendaItemStatusSchema,
  confidentialitySchema,
  constituencySchema,
  consultationStatusSchema,
  floorRequestKindSchema,
  floorRequestStatusSchema,
  languageSchema,
  roleSchema,
} from "./enums.js";
import { limits } from "./limits.js";
import { onDisplaySchema } from "./on-display.js";

export const idSchema = z.uuid();
const isoTime = z.iso.datetime({ offset: true });

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const consultationSchema = z.object({
  id: idSchema,
  title: text(limits.title),
  missionContext: z.string().max(limits.missionContext),
  /** The meeting's date, YYYY-MM-DD. */
  date: z.iso.date(),
  languages: z.array(languageSchema).min(1).max(6),
  /** The language of the summary. */
  workingLanguage: languageSchema,
  confidentiality: confidentialitySchema,
  status: consultationStatusSchema,
  /** Who votes and whose objection blocks consensus; fixed once a poll or call has been opened. */
  decisionRule: decisionRuleSchema,
  createdAt: isoTime,
  /** What the chair has put on the room display; absent when nothing is. */
  onDisplay: onDisplaySchema.optional(),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const delegationSchema = z.object({
  id: idSchema,
  name: text(limits.name),
  /** ISO 3166-1 alpha-2 for a Member State; null for a Secretariat department or an observer body. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** A set: a delegation may be a Council member and a T/PCC at once. */
  constituencies: z.array(constituencySchema).min(1).max(5),
});
export type Delegation = z.infer<typeof delegationSchema>;

export const participantSchema = z.object({
  id: idSchema,
  displayName: text(limits.displayName),
  role: roleSchema,
  /** The delegation a delegate or adviser speaks for; null for chair, secretary and observers. */
  delegationId: idSchema.nullable(),
  joinedAt: isoTime,
});
export type Participant = z.infer<typeof participantSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  position: z.number().int().min(0),
  title: text(limits.title),
  question: z.string().max(limits.question),
  status: agendaItemStatusSchema,
  /** Seconds allotted to the item, or null when it is not time-boxed. */
  timeBoxSeconds: z.number().int().positive().max(limits.maxTimeBox).nullable(),
  /** Default speaking time for turns on this item, in seconds. */
  speakingTimeSeconds: z.number().int().positive().max(limits.maxSpeakingTime),
  openedAt: isoTime.nullable(),
  /** When the time box runs out; clients count down from it. */
  deadlineAt: isoTime.nullable(),
  conclusion: z.string().max(limits.conclusion).nullable(),
  concludedAt: isoTime.nullable(),
  /** Speaking time for a point of order on this item (shorter than a statement); absent from older servers. */
  pointOfOrderSeconds: z.number().int().positive().max(limits.maxSpeakingTime).optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const floorRequestSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  delegationId: idSchema,
  participantId: idSchema,
  kind: floorRequestKindSchema,
  status: floorRequestStatusSchema,
  requestedAt: isoTime,
  grantedAt: isoTime.nullable(),
  /** When the speaking time runs out; clients count down from it. */
  deadlineAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
  /**
   * While paused by a point of order: when it was paused. The time left is `deadlineAt` minus this;
   * on resuming both `grantedAt` and `deadlineAt` move on by the pause. Absent from older servers.
   */
  pausedAt: isoTime.nullable().optional(),
});
export type FloorRequest = z.infer<typeof floorRequestSchema>;
