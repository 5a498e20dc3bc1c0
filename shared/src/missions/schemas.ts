import { z } from "zod";
import { acceptanceKindSchema } from "../decisions/enums.js";
import { expectationFieldsSchema } from "../decisions/expectations.js";
import { idSchema, text } from "../domain/entities.js";
import { confidentialitySchema, constituencySchema } from "../domain/enums.js";
import { limits } from "../domain/limits.js";
import { redlineSegmentSchema } from "./redline-schema.js";

const isoTime = z.iso.datetime({ offset: true });

/** A peacekeeping mission whose consultations follow one another (UNMISS, MINUSCA, ...). */
export const missionSchema = z.object({
  id: idSchema,
  name: text(limits.name),
  /** The host State's delegation names, as registered in the mission's consultations. */
  hostDelegationNames: z.array(text(limits.name)).max(5),
  createdAt: isoTime,
});
export type Mission = z.infer<typeof missionSchema>;

/** POST /api/operator/missions */
export const createMissionBodySchema = z.strictObject({
  name: text(limits.name),
  hostDelegationNames: z.array(text(limits.name)).max(5).default([]),
});
export type CreateMissionBody = z.input<typeof createMissionBodySchema>;

/**
 * POST /api/operator/missions/:id/consultations: the mission's next consultation. Taken from the
 * previous one (the latest by date, or the one named): its settings, delegations and agenda, and
 * the mission's standing agreed expectations as starting drafts. The first one starts fresh.
 */
export const createMissionConsultationBodySchema = z.strictObject({
  title: text(limits.title),
  date: z.iso.date(),
  /** The new consultation's mode; by default the previous one's (Chatham House for the first). */
  confidentiality: confidentialitySchema.optional(),
  fromConsultationId: idSchema.optional(),
});
export type CreateMissionConsultationBody = z.input<typeof createMissionConsultationBodySchema>;

/** How a standing expectation ends: withdrawn, or superseded by another of the register. */
export const standingEndKinds = ["withdrawn", "superseded"] as const;
export const endStandingExpectationBodySchema = z.strictObject({
  kind: z.enum(standingEndKinds),
  supersededBy: idSchema.optional(),
  consultationId: idSchema.optional(),
  note: z.string().trim().max(limits.missionContext).default(""),
});
export type EndStandingExpectationBody = z.input<typeof endStandingExpectationBodySchema>;

export const registerEntryKindSchema = z.enum(["adopted", "reaffirmed", "revised", "superseded", "withdrawn"]);
export type RegisterEntryKind = z.infer<typeof registerEntryKindSchema>;

/** One step of a standing expectation's history, in the consultation that took it. */
export const registerEntrySchema = z.object({
  kind: registerEntryKindSchema,
  consultationId: idSchema.nullable(),
  consultationTitle: z.string(),
  /** The consultation's date (or the day it was ended, for an end outside a consultation). */
  date: z.iso.date(),
  /** The text as agreed then (absent for an end). */
  text: z.string().nullable(),
  /** For a revision: the redline from the previously agreed text. */
  redline: z.array(redlineSegmentSchema).nullable(),
  supersededBy: idSchema.nullable(),
  note: z.string(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** A T/PCC's current record on a standing expectation, and whether it needs confirming again. */
export const registerAcceptanceSchema = z.object({
  /**
   * Named only when recorded in a consultation on the record: attribution follows the mode, as in
   * the summary (under Chatham House or closed, "a T/PCC").
   */
  delegationName: z.string().nullable(),
  kind: acceptanceKindSchema,
  caveat: z.string().nullable(),
  consultationId: idSchema,
  consultationTitle: z.string(),
  confirmedAt: isoTime,
  stale: z.boolean(),
  /** Why it is stale: too old, or recorded before the expectation's latest agreement. */
  staleReason: z.enum(["older_than_limit", "before_latest_agreement"]).nullable(),
});
export type RegisterAcceptance = z.infer<typeof registerAcceptanceSchema>;

/** A Secretariat note on how a standing expectation is being implemented: dated and attributed. */
export const implementationNoteSchema = z.object({
  text: z.string(),
  authorName: z.string(),
  writtenAt: isoTime,
});
export type ImplementationNote = z.infer<typeof implementationNoteSchema>;

/** POST .../register/:lineageId/notes (the Secretariat only). */
export const implementationNoteBodySchema = z.strictObject({ text: text(limits.missionContext) });

export const registerExpectationSchema = z.object({
  lineageId: idSchema,
  standing: z.enum(["standing", "withdrawn", "superseded"]),
  fields: expectationFieldsSchema,
  text: z.string(),
  history: z.array(registerEntrySchema),
  acceptances: z.array(registerAcceptanceSchema),
  implementationNotes: z.array(implementationNoteSchema),
});
export type RegisterExpectation = z.infer<typeof registerExpectationSchema>;

/** GET /api/missions/:id/register (and the operator's): the mission's expectations register. */
export const expectationsRegisterSchema = z.object({
  mission: missionSchema,
  generatedAt: isoTime,
  staleAfterDays: z.number().int().positive(),
  consultations: z.array(z.object({ id: idSchema, title: z.string(), date: z.iso.date() })),
  expectations: z.array(registerExpectationSchema),
});
export type ExpectationsRegister = z.infer<typeof expectationsRegisterSchema>;

export const registerQuerySchema = z.object({
  format: z.enum(["json", "md", "pdf", "docx"]).default("json"),
  staleAfterDays: z.coerce.number().int().min(1).max(3650).default(180),
});

/** Who may download a briefing: the whole consultation, or the constituencies and delegations named. */
export const distributionSchema = z
  .strictObject({
    wholeConsultation: z.boolean().default(false),
    constituencies: z.array(constituencySchema).max(5).default([]),
    delegationIds: z.array(idSchema).max(250).default([]),
  })
  .refine(
    (list) => list.wholeConsultation || list.constituencies.length > 0 || list.delegationIds.length > 0,
    "a distribution list names at least one recipient",
  );
export type Distribution = z.infer<typeof distributionSchema>;

/** A restricted briefing as listed to those on its distribution list (never its content). */
export const briefingSchema = z.object({
  id: idSchema,
  title: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  distribution: distributionSchema,
  circulatedAt: isoTime,
  withdrawnAt: isoTime.nullable(),
});
export type Briefing = z.infer<typeof briefingSchema>;

export const briefingListSchema = z.object({ briefings: z.array(briefingSchema) });

const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

/**
 * POST /api/briefings and POST /api/operator/consultations/:id/briefings: the PDF is the body
 * (`application/pdf`); its title and distribution list travel in the query.
 */
export const circulateBriefingQuerySchema = z.object({
  title: text(limits.title),
  wholeConsultation: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  constituencies: commaList(constituencySchema, 5),
  delegationIds: commaList(idSchema, 250),
});

/** The largest briefing accepted, in bytes. */
export const briefingMaxBytes = 8 * 1024 * 1024;

export const briefingAccessOutcomes = ["granted", "refused"] as const;

/** Who downloaded or was refused a briefing: the Secretariat's record of its circulation. */
export const briefingAccessSchema = z.object({
  briefingId: idSchema,
  participantId: idSchema.nullable(),
  delegationId: idSchema.nullable(),
  outcome: z.enum(briefingAccessOutcomes),
  watermark: z.string().nullable(),
  at: isoTime,
});
export type BriefingAccess = z.infer<typeof briefingAccessSchema>;
