import { z } from "zod";
import { idSchema, text } from "../domain/entities.js";
import { limits } from "../domain/limits.js";
import {
  acceptanceKindSchema,
  amendmentStatusSchema,
  expectationStatusSchema,
  forceLevelSchema,
  pocPhaseSchema,
  pocTierSchema,
  threatActorSchema,
} from "./enums.js";

const isoTime = z.iso.datetime({ offset: true });
const note = z.string().trim().max(limits.expectationText).default("");
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "must not repeat");

/** What an expectation says, per the concept note's South Sudan example and DOMAIN.md. */
export const expectationFieldsSchema = z.strictObject({
  /** The situation, e.g. "an armed group threatens a camp for displaced people". */
  scenario: text(limits.scenario),
  threatActor: threatActorSchema,
  /** The POC tiers the expected response draws on. */
  tiers: uniqueList(pocTierSchema, 3),
  phases: uniqueList(pocPhaseSchema, 4),
  highestForceLevel: forceLevelSchema,
  /** The conditions on the force level; both flags are the policy's standard qualifiers. */
  conditions: z.strictObject({
    imminentThreat: z.boolean(),
    withinCapabilitiesAndAreasOfDeployment: z.boolean(),
    notes: note,
  }),
  /** Who is responsible for what; empty text means nothing is asked of that actor. */
  responsibilities: z.strictObject({
    council: note,
    tpccs: note,
    secretariat: note,
    host_state: note,
    mission: note,
  }),
});
export type ExpectationFields = z.infer<typeof expectationFieldsSchema>;

/** An amendment's changes: whole fields to replace (conditions and responsibilities as a whole). */
export const expectationChangesSchema = expectationFieldsSchema
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, "an amendment changes at least one field");
export type ExpectationChanges = z.infer<typeof expectationChangesSchema>;

/** An expectation on the use of force in its current version. */
export const expectationSchema = z.object({
  id: idSchema,
  itemId: idSchema.nullable(),
  version: z.number().int().positive(),
  fields: expectationFieldsSchema,
  /** Derived by `expectationStatus` from calls and acceptances; kept here for convenience. */
  status: expectationStatusSchema,
  draftedBy: idSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Expectation = z.infer<typeof expectationSchema>;

/** Every version of an expectation, with its author, kept for good. */
export const expectationVersionSchema = z.object({
  id: idSchema,
  expectationId: idSchema,
  version: z.number().int().positive(),
  fields: expectationFieldsSchema,
  /** The participant who wrote it: the drafter, or the delegate whose amendment it took in. */
  authorId: idSchema,
  authorDelegationId: idSchema.nullable(),
  amendmentId: idSchema.nullable(),
  createdAt: isoTime,
});
export type ExpectationVersion = z.infer<typeof expectationVersionSchema>;

/** A delegation's proposed change; the chair accepts (a new version) or rejects it. */
export const amendmentSchema = z.object({
  id: idSchema,
  expectationId: idSchema,
  baseVersion: z.number().int().positive(),
  changes: expectationChangesSchema,
  rationale: z.string().max(limits.reason),
  delegationId: idSchema,
  proposedBy: idSchema,
  status: amendmentStatusSchema,
  proposedAt: isoTime,
  decidedAt: isoTime.nullable(),
  /** The version it produced, when accepted. */
  resultingVersion: z.number().int().positive().nullable(),
  /** The chair's note on the decision. */
  decisionNote: z.string().max(limits.reason).nullable(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** A T/PCC's record on an adopted version: acceptance, with a national caveat, or non-acceptance. */
export const acceptanceSchema = z.object({
  id: idSchema,
  expectationId: idSchema,
  version: z.number().int().positive(),
  delegationId: idSchema,
  participantId: idSchema,
  kind: acceptanceKindSchema,
  /** The national caveat (required with a reservation), or the reason for non-acceptance. */
  caveat: z.string().max(limits.caveat).nullable(),
  recordedAt: isoTime,
});
export type Acceptance = z.infer<typeof acceptanceSchema>;
