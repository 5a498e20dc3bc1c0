import {
  acceptanceKindSchema,
  agendaItemStatusSchema,
  confidentialitySchema,
  consensusCloserSchema,
  consensusOutcomeSchema,
  consensusSubjectSchema,
  constituencySchema,
  decisionRuleSchema,
  disclosureSchema,
  expectationStatusSchema,
  floorRequestKindSchema,
  forceLevelSchema,
  idSchema,
  languageSchema,
  pocPhaseSchema,
  pocTierSchema,
  pollKindSchema,
  pollStatusSchema,
  stanceSchema,
  threatActorSchema,
  votingConstituencySchema,
} from "@trilogue/shared";
import { z } from "zod";
import { summaryDraftSchema } from "./drafts.js";

/**
 * The chair's summary as data: what every export format renders. Attribution is applied when it is
 * built (see `buildSummary`), so a field that would name a delegation is null, or absent, in a mode
 * that forbids it: no renderer can leak what the document does not hold.
 *
 * Versioned: a reader checks `schemaVersion`; a change that is not purely additive bumps it.
 */
export const summarySchemaVersion = 1;

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);
const constituencyList = z.array(constituencySchema);
const stanceCountsSchema = z.record(stanceSchema, count);
const votingCountsSchema = z.partialRecord(votingConstituencySchema, count);

/** Delegations present, by constituency; a delegation in two constituencies counts in each. */
export const attendanceSchema = z.object({
  /** Delegations with at least one member who joined. */
  present: count,
  registered: count,
  byConstituency: z.array(
    z.object({
      constituency: constituencySchema,
      present: count,
      registered: count,
      /** On the record only: the names of the delegations present; null otherwise. */
      delegations: z.array(z.string()).nullable(),
    }),
  ),
});
export type SummaryAttendance = z.infer<typeof attendanceSchema>;

/** One delegation's latest position on an item, attributed as the mode allows. */
export const summaryStatementSchema = z.object({
  /** On the record only; null in Chatham House. */
  delegation: z.string().nullable(),
  stance: stanceSchema,
  /** As written; in Chatham House and closed modes, known names are redacted. */
  statement: z.string(),
  /** True when the delegation revised its position at least once. */
  revised: z.boolean(),
});
export type SummaryStatement = z.infer<typeof summaryStatementSchema>;

/** Positions grouped by the set of constituencies their delegations belong to. */
export const positionGroupSchema = z.object({
  constituencies: constituencyList,
  statements: z.array(summaryStatementSchema),
});
export type PositionGroup = z.infer<typeof positionGroupSchema>;

/** A delegation named as the mode allows: its name on the record, its constituencies otherwise. */
export const summaryPartySchema = z.object({
  delegation: z.string().nullable(),
  /** Constituencies below the disclosure floor are left out. */
  constituencies: constituencyList,
});
export type SummaryParty = z.infer<typeof summaryPartySchema>;

/** A position published on behalf of a group, with who confirmed and who declined. */
export const summaryJointSchema = z.object({
  /** The group's name as the sponsor gave it ("the African Group"). */
  onBehalfOf: z.string(),
  sponsor: summaryPartySchema,
  stance: stanceSchema,
  statement: z.string(),
  confirmed: z.array(summaryPartySchema),
  declined: z.array(summaryPartySchema),
  /** Co-signatories who have not answered. */
  pending: count,
});
export type SummaryJoint = z.infer<typeof summaryJointSchema>;

export const itemPositionsSchema = z.object({
  /** Delegations with a position on the item, confirmed co-signatories of a joint position included. */
  total: count,
  overall: stanceCountsSchema,
  /** Constituencies below the disclosure floor (and not allowed by the chair) are absent. */
  byConstituency: z.partialRecord(constituencySchema, stanceCountsSchema),
  /** Each delegation's own statement; a co-signatory's confirmation is listed under `joint`. */
  groups: z.array(positionGroupSchema),
  /** Constituencies whose figures are withheld (absent from documents made before it existed). */
  withheld: constituencyList.optional(),
  /** Joint positions that stand, with their co-signatories (see `itemFigures`). */
  joint: z.array(summaryJointSchema).optional(),
  /** Whether the constituencies lean the same way, and how each leans (see `itemFigures`). */
  convergence: z
    .object({
      status: z.enum(["converge", "diverge", "too_few"]),
      leaning: z.partialRecord(constituencySchema, stanceSchema),
    })
    .optional(),
});
export type ItemPositions = z.infer<typeof itemPositionsSchema>;

/** A named ballot, on the record only (the source of the ballots CSV). */
export const summaryBallotSchema = z.object({
  delegation: z.string(),
  constituencies: constituencyList,
  /** The option labels chosen. */
  choices: z.array(z.string()),
  castAt: isoTime,
});
export type SummaryBallot = z.infer<typeof summaryBallotSchema>;

export const summaryPollSchema = z.object({
  /** Indicative (every consulted Member State voted; reported apart from decisions) or a decisive vote. Absent in older documents: indicative. */
  indicative: z.boolean().optional(),
  /** What it was on, when not the item itself: a paragraph ("OP3"), a proposal (its sponsor as the mode allows), an expectation. */
  subject: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("item") }),
      z.object({ kind: z.literal("paragraph"), paragraph: z.string() }),
      z.object({ kind: z.literal("proposal"), delegation: z.string().nullable(), paragraph: z.string().nullable() }),
      z.object({ kind: z.literal("expectation"), scenario: z.string() }),
    ])
    .optional(),
  question: z.string(),
  kind: pollKindSchema,
  options: z.array(z.string()),
  secret: z.boolean(),
  status: pollStatusSchema,
  closedAt: isoTime.nullable(),
  /** How much of the result is published (a secret poll by constituency only where its secrecy floor allowed). */
  disclosure: disclosureSchema.nullable(),
  turnout: z.object({ overall: count, byConstituency: votingCountsSchema.nullable() }).nullable(),
  eligible: z.object({ overall: count, byConstituency: votingCountsSchema.nullable() }).nullable(),
  /** Counts per option; null while open or when withheld. */
  overall: z.array(count).nullable(),
  /**
   * As the room shows it; null for a secret poll whose secrecy floor allowed totals only.
   * Constituencies below the disclosure floor (see `hiddenConstituencies`) are absent.
   */
  byConstituency: z.partialRecord(votingConstituencySchema, z.array(count)).nullable(),
  /** Who voted what: named polls on the record only; null otherwise. */
  ballots: z.array(summaryBallotSchema).nullable(),
  /**
   * A secret poll's bulletin board, SHA-256 (hex) of its JSON as served, once tallied: anyone with
   * the board file checks it against this and runs `pnpm verify-poll`. Absent or null otherwise.
   */
  boardHash: z.string().nullish(),
});
export type SummaryPoll = z.infer<typeof summaryPollSchema>;

/** A standing objection, attributed as the mode allows. */
export const summaryObjectionSchema = z.object({
  delegation: z.string().nullable(),
  /** Chatham House: the objector's constituencies; null when closed. */
  constituencies: constituencyList.nullable(),
  reason: z.string().nullable(),
});
export type SummaryObjection = z.infer<typeof summaryObjectionSchema>;

export const summaryConsensusCallSchema = z.object({
  subject: consensusSubjectSchema,
  text: z.string(),
  status: z.enum(["open", "closed"]),
  outcome: consensusOutcomeSchema.nullable(),
  closedBy: consensusCloserSchema.nullable(),
  calledAt: isoTime,
  closedAt: isoTime.nullable(),
  /** Objections standing when the call closed (or now, while it is open). */
  standingObjections: count,
  /** Null when the mode carries outcomes only. */
  objections: z.array(summaryObjectionSchema).nullable(),
});
export type SummaryConsensusCall = z.infer<typeof summaryConsensusCallSchema>;

export const summaryItemSchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  question: z.string(),
  status: agendaItemStatusSchema,
  /** The secretary's summary of the discussion (from the draft narrative). */
  narrative: z.string(),
  /** Null when the mode carries outcomes only. */
  positions: itemPositionsSchema.nullable(),
  polls: z.array(summaryPollSchema),
  consensusCalls: z.array(summaryConsensusCallSchema),
  conclusion: z.string().nullable(),
});
export type SummaryItem = z.infer<typeof summaryItemSchema>;

/** A T/PCC's record on an expectation, attributed as the mode allows. */
export const summaryAcceptanceSchema = z.object({
  kind: acceptanceKindSchema,
  delegation: z.string().nullable(),
  constituencies: constituencyList.nullable(),
  /** The national caveat, or the reason for non-acceptance. */
  caveat: z.string().nullable(),
});
export type SummaryAcceptance = z.infer<typeof summaryAcceptanceSchema>;

export const summaryExpectationSchema = z.object({
  number: z.number().int().positive(),
  /** The agenda item's number, when it was drafted under one. */
  itemNumber: z.number().int().positive().nullable(),
  version: z.number().int().positive(),
  status: expectationStatusSchema,
  scenario: z.string(),
  threatActor: threatActorSchema,
  tiers: z.array(pocTierSchema),
  phases: z.array(pocPhaseSchema),
  highestForceLevel: forceLevelSchema,
  conditions: z.object({
    imminentThreat: z.boolean(),
    withinCapabilitiesAndAreasOfDeployment: z.boolean(),
    notes: z.string(),
  }),
  responsibilities: z.object({
    council: z.string(),
    tpccs: z.string(),
    secretariat: z.string(),
    host_state: z.string(),
    mission: z.string(),
  }),
  accepted: count,
  /** Every reservation and non-acceptance, in every mode; plain acceptances are counted only. */
  records: z.array(summaryAcceptanceSchema),
  /** T/PCCs yet to record on an adopted version. */
  pending: count,
});
export type SummaryExpectation = z.infer<typeof summaryExpectationSchema>;

/** One turn at the floor, on the record only. */
export const speakerTurnSchema = z.object({
  delegation: z.string(),
  kind: floorRequestKindSchema,
  grantedAt: isoTime,
  seconds: count,
});
export type SpeakerTurn = z.infer<typeof speakerTurnSchema>;

/** The list of speakers' record of one item: every turn on the record, totals otherwise. */
export const itemSpeakersSchema = z.object({
  itemNumber: z.number().int().positive(),
  turns: count,
  seconds: count,
  /** On the record: each turn in order; null otherwise. */
  record: z.array(speakerTurnSchema).nullable(),
  /** Chatham House: turns and time by constituency (a dual member counts in each); null otherwise. */
  byConstituency: z.array(z.object({ constituency: constituencySchema, turns: count, seconds: count })).nullable(),
});
export type ItemSpeakers = z.infer<typeof itemSpeakersSchema>;

export const followUpActionSchema = z.object({ action: z.string(), responsible: z.string() });
export type FollowUpAction = z.infer<typeof followUpActionSchema>;

export const summaryDocumentSchema = z.object({
  schemaVersion: z.literal(summarySchemaVersion),
  status: z.enum(["draft", "final"]),
  consultationId: idSchema,
  title: z.string(),
  date: z.iso.date(),
  missionContext: z.string(),
  /** The chair who issues the summary, named in every mode; null if no chair ever joined. */
  chair: z.string().nullable(),
  language: languageSchema,
  /** The mode the document was built in (never less strict than the consultation's). */
  confidentiality: confidentialitySchema,
  /** The sequence number of the last event the summary covers. */
  coveredSeq: z.number().int().min(0),
  /** Who voted and whose objection could block consensus; absent in summaries made before rules existed. */
  decisionRule: decisionRuleSchema.optional(),
  generatedAt: isoTime,
  finalisedAt: isoTime.nullable(),
  overview: z.string(),
  attendance: attendanceSchema,
  items: z.array(summaryItemSchema),
  expectations: z.array(summaryExpectationSchema),
  speakers: z.array(itemSpeakersSchema),
  followUp: z.array(followUpActionSchema),
  /**
   * The drafts of mandate language (PP/OP paragraphs with their states and brackets, and pending
   * proposals as the mode allows). Optional, and absent when no draft was opened, so documents
   * without drafts keep the shape and digest they had: an additive change within version 1.
   */
  drafts: z.array(summaryDraftSchema).optional(),
  /**
   * Final summaries: the hash of the last event covered (`coveredSeq`) in the consultation's
   * chained, tamper-evident event log (SHA-256, hex). Absent from drafts.
   */
  coveredHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type SummaryDocument = z.infer<typeof summaryDocumentSchema>;
