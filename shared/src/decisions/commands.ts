import { z } from "zod";
import { partialsSchema, sealedBallotSchema, trusteeShareSchema } from "../ballots/schemas.js";
import { idSchema, text } from "../domain/entities.js";
import { limits } from "../domain/limits.js";
import { acceptanceKindSchema, pollKindSchema, resultsVisibilitySchema, stanceSchema } from "./enums.js";
import { expectationChangesSchema, expectationFieldsSchema } from "./expectations.js";
import { statementSchema } from "./positions.js";
import { subjectRefSchema } from "./subjects.js";

/**
 * The payload fields of the decision commands (positions, polls, consensus, expectations);
 * `commands.ts` wraps each in `command(...)` and applies the cross-field checks below.
 */

const choicesSchema = z
  .array(
    z
      .number()
      .int()
      .min(0)
      .max(limits.pollOptions - 1),
  )
  .min(1)
  .max(limits.pollOptions)
  .refine((list) => new Set(list).size === list.length, "choices must not repeat");

const positionText = { itemId: idSchema, stance: stanceSchema, statement: statementSchema.default("") };

export const decisionShapes = {
  positionDraft: positionText,
  positionItem: { itemId: idSchema },
  pollCreate: {
    /** A poll on an agenda item: its id (the same as `subject: { kind: "item", itemId }`). */
    itemId: idSchema.optional(),
    /** What the poll is on: an item, a paragraph, a proposal or an expectation. */
    subject: subjectRefSchema.optional(),
    /** Indicative (every consulted Member State votes, reported apart) unless the chair makes it decisive. */
    indicative: z.boolean().default(true),
    question: text(limits.pollQuestion),
    kind: pollKindSchema,
    /** For choice polls; yes/no/abstain polls take none. */
    options: z.array(text(limits.pollOption)).max(limits.pollOptions).default([]),
    /** Multiple choice only: how many options a ballot may mark (default: all). */
    maxChoices: z.number().int().min(1).max(limits.pollOptions).optional(),
    secret: z.boolean().default(false),
    /** Defaults to live for named polls; secret polls show results on close only. */
    resultsVisibility: resultsVisibilitySchema.optional(),
    /** Secret polls: delegations (ids) named as extra trustees of the key, besides the chair and the server. */
    trustees: z.array(idSchema).max(limits.trusteeDelegations).default([]),
  },
  poll: { pollId: idSchema },
  ballot: {
    pollId: idSchema,
    /** A named poll's option indexes; a secret poll takes none (they never leave the browser). */
    choices: choicesSchema.optional(),
    /** A secret poll's ballot, encrypted in the delegate's browser with its proofs. */
    sealed: sealedBallotSchema.optional(),
  },
  /** A trustee's public share of a secret poll's key, with its proof of knowledge. */
  trusteeKey: { pollId: idSchema, share: trusteeShareSchema },
  /** A trustee's partial decryptions of a closed secret poll's aggregates, with proofs. */
  trusteeDecrypt: { pollId: idSchema, partials: partialsSchema },
  consensusCall: {
    subject: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("conclusion"), itemId: idSchema, text: text(limits.conclusion) }),
      z.strictObject({ kind: z.literal("expectation"), expectationId: idSchema }),
      /** The silence procedure: adopted (the paragraph becomes agreed) unless a delegation breaks silence. */
      z.strictObject({ kind: z.literal("paragraph"), paragraphId: idSchema }),
    ]),
    /** How long objections are accepted, from now. */
    durationSeconds: z.number().int().min(limits.minConsensusSeconds).max(limits.maxConsensusSeconds),
  },
  consensusObject: { callId: idSchema, reason: text(limits.reason) },
  consensusCallRef: { callId: idSchema },
  expectationDraft: { itemId: idSchema.nullable().default(null), fields: expectationFieldsSchema },
  expectationRevise: { expectationId: idSchema, fields: expectationFieldsSchema },
  expectationAmend: {
    expectationId: idSchema,
    changes: expectationChangesSchema,
    rationale: z.string().trim().max(limits.reason).default(""),
  },
  amendmentDecision: { amendmentId: idSchema, note: z.string().trim().max(limits.reason).default("") },
  acceptanceRecord: {
    expectationId: idSchema,
    kind: acceptanceKindSchema,
    /** The national caveat with a reservation (required); an optional reason with non-acceptance. */
    caveat: z.string().trim().max(limits.caveat).default(""),
  },
} as const;

type PollCreate = {
  itemId?: string | undefined;
  subject?: unknown;
  kind: z.infer<typeof pollKindSchema>;
  options: string[];
  maxChoices?: number | undefined;
  secret: boolean;
  resultsVisibility?: z.infer<typeof resultsVisibilitySchema> | undefined;
  trustees: string[];
};

/** Options must fit the kind; a secret poll cannot show live results. */
export function checkPollCreate(poll: PollCreate, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if ((poll.itemId === undefined) === (poll.subject === undefined))
    issue("subject", "a poll names either an item or a subject");
  if (poll.kind === "yes_no_abstain") {
    if (poll.options.length > 0) issue("options", "a yes/no/abstain poll has fixed options");
  } else {
    if (poll.options.length < 2) issue("options", "a choice poll needs at least two options");
    const keys = poll.options.map((option) => option.toLocaleLowerCase("en"));
    if (new Set(keys).size !== keys.length) issue("options", "options must not repeat");
  }
  if (poll.maxChoices !== undefined && poll.kind !== "multiple_choice") {
    issue("maxChoices", "only a multiple-choice poll takes maxChoices");
  }
  if (poll.maxChoices !== undefined && poll.maxChoices > poll.options.length) {
    issue("maxChoices", "maxChoices cannot exceed the number of options");
  }
  if (poll.secret && poll.resultsVisibility === "live") {
    issue("resultsVisibility", "a secret poll shows its results on close only");
  }
  if (poll.trustees.length > 0 && !poll.secret) issue("trustees", "only a secret poll has trustees");
  if (new Set(poll.trustees).size !== poll.trustees.length) issue("trustees", "trustees must not repeat");
}

/** A reservation needs its caveat; a plain acceptance takes none. */
export function checkAcceptance(record: { kind: string; caveat: string }, ctx: z.RefinementCtx): void {
  if (record.kind === "accepts_with_reservation" && record.caveat === "") {
    ctx.addIssue({ code: "custom", path: ["caveat"], message: "a reservation states its national caveat" });
  }
  if (record.kind === "accepts" && record.caveat !== "") {
    ctx.addIssue({ code: "custom", path: ["caveat"], message: "a plain acceptance carries no caveat" });
  }
}

/** A ballot is either named (choices) or sealed, never both: a secret choice never travels in clear. */
export function checkBallot(ballot: { choices?: unknown; sealed?: unknown }, ctx: z.RefinementCtx): void {
  if ((ballot.choices === undefined) === (ballot.sealed === undefined)) {
    ctx.addIssue({ code: "custom", path: ["choices"], message: "a ballot has either choices or a sealed ballot" });
  }
}
