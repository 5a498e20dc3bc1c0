import { z } from "zod";

export * from "./joining.js";

import { decisionRuleSchema } from "./decisions/decision-rule.js";
import { delegationSchema, idSchema, text } from "./domain/entities.js";
import { confidentialitySchema, constituencySchema, languageSchema, roleSchema } from "./domain/enums.js";
import { limits } from "./domain/limits.js";
import { unCountryCodeSchema } from "./domain/un-member-states.js";

/** POST /api/operator/consultations */
export const createConsultationBodySchema = z.strictObject({
  title: text(limits.title),
  missionContext: z.string().max(limits.missionContext).default(""),
  date: z.iso.date(),
  languages: z.array(languageSchema).min(1).max(6).default(["en", "fr"]),
  workingLanguage: languageSchema.default("en"),
  confidentiality: confidentialitySchema.default("chatham_house"),
  /** Who decides; absent, the Working Group's practice (the Council decides). Not defaulted here, so an edit never resets it. */
  decisionRule: decisionRuleSchema.optional(),
  /** Start from the five questions of the concept note. */
  template: z.enum(["poc-political-strategies", "empty"]).default("poc-political-strategies"),
});
export type CreateConsultationBody = z.input<typeof createConsultationBodySchema>;

/**
 * PATCH /api/operator/consultations/:id: only the fields sent. Not `.partial()` of the create
 * schema: zod keeps its defaults there, so an edit of the title alone would reset the
 * confidentiality mode and the languages.
 */
export const updateConsultationBodySchema = z.strictObject({
  title: text(limits.title).optional(),
  missionContext: z.string().max(limits.missionContext).optional(),
  date: z.iso.date().optional(),
  languages: z.array(languageSchema).min(1).max(6).optional(),
  workingLanguage: languageSchema.optional(),
  confidentiality: confidentialitySchema.optional(),
  decisionRule: decisionRuleSchema.optional(),
});

/** POST /api/operator/consultations/:id/delegations */
export const registerDelegationBodySchema = delegationSchema
  .omit({ id: true })
  .extend({
    countryCode: unCountryCodeSchema.nullable(),
    constituencies: z
      .array(constituencySchema)
      .min(1)
      .max(5)
      .refine((list) => new Set(list).size === list.length, "constituencies must not repeat"),
  })
  .strict();
export type RegisterDelegationBody = z.infer<typeof registerDelegationBodySchema>;

const noRepeats = (list: readonly string[]) => new Set(list).size === list.length;
const someField = (body: object) => Object.keys(body).length > 0;
const positiveSeconds = (max: number) => z.number().int().positive().max(max);

/**
 * PATCH /api/operator/consultations/:id/delegations/:delegationId: only the fields sent. The server
 * refuses any change once something has been said in the consultation (`delegation_on_record`).
 */
export const updateDelegationBodySchema = z
  .strictObject({
    name: text(limits.name).optional(),
    countryCode: unCountryCodeSchema.nullable().optional(),
    constituencies: z
      .array(constituencySchema)
      .min(1)
      .max(5)
      .refine(noRepeats, "constituencies must not repeat")
      .optional(),
  })
  .refine(someField, "name a field to change");
export type UpdateDelegationBody = z.infer<typeof updateDelegationBodySchema>;

/**
 * PATCH /api/operator/consultations/:id/items/:itemId: only the fields sent. Title and question
 * change only before the item is discussed; times until it is concluded.
 */
export const updateItemBodySchema = z
  .strictObject({
    title: text(limits.title).optional(),
    question: z.string().trim().max(limits.question).optional(),
    timeBoxSeconds: positiveSeconds(limits.maxTimeBox).nullable().optional(),
    speakingTimeSeconds: positiveSeconds(limits.maxSpeakingTime).optional(),
  })
  .refine(someField, "name a field to change");
export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;

/** POST /api/operator/consultations/:id/invitations */
export const issueInvitationBodySchema = z
  .strictObject({
    role: roleSchema,
    delegationId: idSchema.nullable().default(null),
    /** Hours until the link stops working. */
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
    label: z.string().max(limits.name).optional(),
    /** How many sessions the link may open (people, devices, rejoining); absent: the server's default. */
    maxRedemptions: z.number().int().min(1).max(10_000).optional(),
  })
  .refine((body) => (body.role === "delegate" || body.role === "adviser") === (body.delegationId !== null), {
    message: "delegates and advisers need a delegation; other roles have none",
    path: ["delegationId"],
  });
export type IssueInvitationBody = z.input<typeof issueInvitationBodySchema>;

export const invitationSchema = z.object({
  id: idSchema,
  role: roleSchema,
  delegationId: idSchema.nullable(),
  label: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** When the link was issued, so two links of one delegation can be told apart. */
  issuedAt: z.string(),
  /** When a session opened with the link was last used (or opened); null: never used. */
  lastUsedAt: z.string().nullable(),
  /** The link to send; present only in the answer that issues it (the token is stored hashed). */
  url: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;
