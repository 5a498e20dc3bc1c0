import {
  type Aggregate,
  acceptanceKinds,
  agendaItemStatuses,
  amendmentStatuses,
  briefingAccessOutcomes,
  type CommandResult,
  confidentialityModes,
  consensusCallStatuses,
  consensusClosers,
  consensusOutcomes,
  consensusSubjects,
  constituencies,
  consultationStatuses,
  coSignatureStatuses,
  type Distribution,
  decisionRules,
  type ExpectationChanges,
  type ExpectationFields,
  eventTypes,
  expectationStatuses,
  floorRequestKinds,
  floorRequestStatuses,
  invitationMailStatuses,
  jointSubjects,
  languages,
  type OnDisplay,
  objectionStatuses,
  operatorRoles,
  type Patch,
  type PollResult,
  paragraphKinds,
  paragraphStates,
  pollKinds,
  pollStatuses,
  proposalKinds,
  proposalStatuses,
  resultsVisibilities,
  roles,
  type SealedBallot,
  type SummaryNarrative,
  stances,
  standingEndKinds,
  subjectKinds,
} from "@trilogue/shared";
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** A chair's summary is a draft until the chair finalises it. */
const summaryStatuses = ["draft", "final"] as const;

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => at("created_at").notNull().defaultNow();

/** Server-wide secrets and flags (cookie secret, operator token hash), shared by every node. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const consultations = pgTable("consultations", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  missionContext: text("mission_context").notNull().default(""),
  date: date("date", { mode: "string" }).notNull(),
  languages: text("languages", { enum: languages }).array().notNull(),
  workingLanguage: text("working_language", { enum: languages }).notNull(),
  confidentiality: text("confidentiality", { enum: confidentialityModes }).notNull(),
  status: text("status", { enum: consultationStatuses }).notNull().default("scheduled"),
  /** The last sequence number of its event log; bumped under a row lock, so gap-free. */
  lastSeq: integer("last_seq").notNull().default(0),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: createdAt(),
  /** Who votes and whose objection blocks consensus (shared `DecisionRule`). */
  decisionRule: text("decision_rule", { enum: decisionRules }).notNull().default("council_decides"),
  /** The mission this consultation belongs to, if any (`missions`). */
  missionId: uuid("mission_id").references((): AnyPgColumn => missions.id, { onDelete: "set null" }),
  /** What the chair has put on the room display (shared `OnDisplay`); null when nothing. */
  onDisplay: jsonb("on_display").$type<OnDisplay>(),
});

export const delegations = pgTable(
  "delegations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    countryCode: text("country_code"),
    constituencies: text("constituencies", { enum: constituencies }).array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("delegations_name_unique").on(t.consultationId, t.name)],
);

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
    role: text("role", { enum: roles }).notNull(),
    displayName: text("display_name").notNull(),
    joinedAt: at("joined_at").notNull().defaultNow(),
  },
  (t) => [index("participants_consultation").on(t.consultationId)],
);

export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  consultationId: uuid("consultation_id")
    .notNull()
    .references(() => consultations.id, { onDelete: "cascade" }),
  delegationId: uuid("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
  role: text("role", { enum: roles }).notNull(),
  /** SHA-256 of the token; the token itself is never stored. */
  tokenHash: text("token_hash").notNull().unique(),
  label: text("label"),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  createdAt: createdAt(),
  /** How many times the link has been exchanged for a session. */
  redemptions: integer("redemptions").notNull().default(0),
  /** The most sessions the link may open; null: the configured default (INVITATION_MAX_REDEMPTIONS). */
  maxRedemptions: integer("max_redemptions"),
});

export const sessions = pgTable("sessions", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  participantId: uuid("participant_id")
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  invitationId: uuid("invitation_id")
    .notNull()
    .references(() => invitations.id, { onDelete: "cascade" }),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  createdAt: createdAt(),
  /** The session's last use (HTTP request or socket activity), for the idle lifetime; null: not since it was created. */
  lastSeenAt: at("last_seen_at"),
  /** The idle lifetime this session was opened with (SESSION_IDLE_SECONDS then); null: none. */
  idleSeconds: integer("idle_seconds"),
  /** Why it was revoked: signed-out, replaced (joined again from the same browser) or revoked (its link was). */
  revokedReason: text("revoked_reason"),
});

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    question: text("question").notNull().default(""),
    status: text("status", { enum: agendaItemStatuses }).notNull().default("pending"),
    timeBoxSeconds: integer("time_box_seconds"),
    speakingTimeSeconds: integer("speaking_time_seconds").notNull().default(180),
    /** A point of order's speaking time on this item. */
    pointOfOrderSeconds: integer("point_of_order_seconds").notNull().default(60),
    openedAt: at("opened_at"),
    deadlineAt: at("deadline_at"),
    conclusion: text("conclusion"),
    concludedAt: at("concluded_at"),
  },
  (t) => [index("agenda_items_consultation").on(t.consultationId)],
);

export const floorRequests = pgTable(
  "floor_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: floorRequestKinds }).notNull(),
    status: text("status", { enum: floorRequestStatuses }).notNull(),
    requestedAt: at("requested_at").notNull(),
    grantedAt: at("granted_at"),
    deadlineAt: at("deadline_at"),
    endedAt: at("ended_at"),
    /** Set while a point of order interrupts this turn. */
    pausedAt: at("paused_at"),
  },
  (t) => [index("floor_requests_consultation").on(t.consultationId)],
);

/** The append-only log: one row per change, written in the same transaction as the change. */
export const consultationEvents = pgTable(
  "consultation_events",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type", { enum: eventTypes }).notNull(),
    payload: jsonb("payload").$type<Patch>().notNull(),
    actorId: uuid("actor_id"),
    createdAt: createdAt(),
    /** The hash of the event before (64 zeros for the first); see events/log-chain.ts. */
    prevHash: text("prev_hash"),
    /** SHA-256 over prevHash and this event; null only on events logged before the chain existed. */
    hash: text("hash"),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.seq] })],
);

/**
 * The head of each chained log as of its last commit, written in the statement that appends the
 * events. Its presence marks the log as chained (a NULL hash is then a break, never a log to
 * re-chain), and verification compares the log against it, so dropping the last events is caught.
 * A trigger keeps it from moving back (see the log-hardening migration).
 */
export const logCheckpoints = pgTable("log_checkpoints", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  seq: integer("seq").notNull(),
  hash: text("hash").notNull(),
  recordedAt: at("recorded_at").notNull(),
});

/** The first result of each idempotent command, per participant and client-made key. */
export const commandReceipts = pgTable(
  "command_receipts",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    command: text("command").notNull(),
    result: jsonb("result").$type<CommandResult>().notNull(),
    createdAt: createdAt(),
    /** SHA-256 of the command's payload (without its key): a key reused with another payload is refused. */
    payloadDigest: text("payload_digest"),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.key] }), index("command_receipts_created").on(t.createdAt)],
);

// ——— Positions, polls, consensus calls and expectations on the use of force ———

/** A delegation's published position on an item: the latest of its versions. */
export const positions = pgTable(
  "positions",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    stance: text("stance", { enum: stances }).notNull(),
    statement: text("statement").notNull(),
    version: integer("version").notNull(),
    publishedBy: uuid("published_by").notNull(),
    publishedAt: at("published_at").notNull(),
  },
  (t) => [
    uniqueIndex("positions_item_delegation").on(t.itemId, t.delegationId),
    index("positions_consultation").on(t.consultationId),
  ],
);

/** Every published version of every position. */
export const positionVersions = pgTable(
  "position_versions",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    stance: text("stance", { enum: stances }).notNull(),
    statement: text("statement").notNull(),
    publishedBy: uuid("published_by").notNull(),
    publishedAt: at("published_at").notNull(),
  },
  (t) => [
    uniqueIndex("position_versions_unique").on(t.positionId, t.version),
    index("position_versions_consultation").on(t.consultationId),
  ],
);

/** A delegation's private draft on an item (at most one); never logged or broadcast. */
export const positionDrafts = pgTable(
  "position_drafts",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    stance: text("stance", { enum: stances }).notNull(),
    statement: text("statement").notNull(),
    savedBy: uuid("saved_by").notNull(),
    savedAt: at("saved_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.delegationId] })],
);

export const polls = pgTable(
  "polls",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    /** What the poll is on (`subjectKinds`) and its id; an item's poll names the item itself. */
    subjectKind: text("subject_kind", { enum: subjectKinds }).notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** Open to every consulted Member State and reported apart; otherwise a decisive vote. */
    indicative: boolean("indicative").notNull().default(true),
    question: text("question").notNull(),
    kind: text("kind", { enum: pollKinds }).notNull(),
    options: text("options").array().notNull(),
    maxChoices: integer("max_choices").notNull(),
    secret: boolean("secret").notNull(),
    resultsVisibility: text("results_visibility", { enum: resultsVisibilities }).notNull(),
    status: text("status", { enum: pollStatuses }).notNull(),
    /** The turnout last broadcast; the scheduler announces when participation differs. */
    announcedTurnout: integer("announced_turnout").notNull().default(0),
    /** The final result, fixed at close. */
    result: jsonb("result").$type<PollResult>(),
    createdAt: at("created_at").notNull(),
    openedAt: at("opened_at"),
    closedAt: at("closed_at"),
  },
  (t) => [index("polls_consultation").on(t.consultationId), index("polls_status").on(t.status)],
);

/** THAT a delegation voted, for every poll; never what. No time, no order column. */
export const pollParticipation = pgTable(
  "poll_participation",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    /** The delegate who cast the ballot that counts (the audit trail records who). */
    castBy: uuid("cast_by").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.delegationId] })],
);

/** A named poll's ballots: what each delegation voted. Secret polls have no rows here. */
export const pollBallots = pgTable(
  "poll_ballots",
  {
    id: uuid("id").primaryKey(),
    pollId: uuid("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    choices: integer("choices").array().notNull(),
    castBy: uuid("cast_by").notNull(),
    castAt: at("cast_at").notNull(),
  },
  (t) => [uniqueIndex("poll_ballots_unique").on(t.pollId, t.delegationId)],
);

/**
 * A secret poll's trustees (n of n): the chair's browser, the server, and any delegation named.
 * Only the server's own secret share is kept here; the others stay with their holders.
 */
export const pollTrustees = pgTable(
  "poll_trustees",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    /** "server", "chair", or a delegation's id: bound into the trustee's proofs. */
    trusteeId: text("trustee_id").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    publicShare: text("public_share"),
    keyProof: jsonb("key_proof").$type<{ c: string[]; s: string[] }>(),
    /** The server trustee's secret share (hex); null for every other trustee. */
    secretShare: text("secret_share"),
    /** The trustee's partial decryptions of the aggregates, with proofs. */
    partials:
      jsonb("partials").$type<{ scope: string; options: { d: string; proof: { c: string[]; s: string[] } }[] }[]>(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.trusteeId] })],
);

/**
 * A secret poll's counted ballots: ciphertexts and proofs only, the last one of each delegation.
 * Which delegation cast which ciphertext is kept (one ballot each); no ciphertext opens alone.
 */
export const pollSealedBallots = pgTable(
  "poll_sealed_ballots",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    tracker: text("tracker").notNull(),
    ballot: jsonb("ballot").notNull().$type<SealedBallot>(),
  },
  (t) => [
    primaryKey({ columns: [t.pollId, t.delegationId] }),
    uniqueIndex("poll_sealed_ballots_tracker").on(t.pollId, t.tracker),
  ],
);

/** A closed secret poll's aggregates (one per disclosed scope), fixed at close. */
export const pollAggregates = pgTable("poll_aggregates", {
  pollId: uuid("poll_id")
    .primaryKey()
    .references(() => polls.id, { onDelete: "cascade" }),
  aggregates: jsonb("aggregates").notNull().$type<Aggregate[]>(),
  /** SHA-256 of the bulletin board's JSON once the result is published. */
  boardHash: text("board_hash"),
});

export const consensusCalls = pgTable(
  "consensus_calls",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    subject: text("subject", { enum: consensusSubjects }).notNull(),
    itemId: uuid("item_id").references(() => agendaItems.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id").references(() => expectations.id, { onDelete: "cascade" }),
    expectationVersion: integer("expectation_version"),
    text: text("text").notNull(),
    /** Stored, so the deadline holds across restarts: the scheduler closes due calls. */
    deadlineAt: at("deadline_at").notNull(),
    status: text("status", { enum: consensusCallStatuses }).notNull(),
    outcome: text("outcome", { enum: consensusOutcomes }),
    closedBy: text("closed_by", { enum: consensusClosers }),
    calledBy: uuid("called_by").notNull(),
    calledAt: at("called_at").notNull(),
    closedAt: at("closed_at"),
  },
  (t) => [
    index("consensus_calls_consultation").on(t.consultationId),
    index("consensus_calls_due").on(t.status, t.deadlineAt),
  ],
);

export const objections = pgTable(
  "objections",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    callId: uuid("call_id")
      .notNull()
      .references(() => consensusCalls.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: objectionStatuses }).notNull(),
    raisedAt: at("raised_at").notNull(),
    withdrawnAt: at("withdrawn_at"),
  },
  (t) => [
    uniqueIndex("objections_call_delegation").on(t.callId, t.delegationId),
    index("objections_consultation").on(t.consultationId),
  ],
);

/** An expectation on the use of force: its current version's fields (jsonb, shaped by the shared schema). */
export const expectations = pgTable(
  "expectations",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").references(() => agendaItems.id, { onDelete: "set null" }),
    version: integer("version").notNull(),
    fields: jsonb("fields").$type<ExpectationFields>().notNull(),
    /** Derived by the shared status rule whenever a call or a record changes. */
    status: text("status", { enum: expectationStatuses }).notNull(),
    draftedBy: uuid("drafted_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [index("expectations_consultation").on(t.consultationId)],
);

export const expectationVersions = pgTable(
  "expectation_versions",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fields: jsonb("fields").$type<ExpectationFields>().notNull(),
    authorId: uuid("author_id").notNull(),
    authorDelegationId: uuid("author_delegation_id"),
    amendmentId: uuid("amendment_id"),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("expectation_versions_unique").on(t.expectationId, t.version),
    index("expectation_versions_consultation").on(t.consultationId),
  ],
);

export const amendments = pgTable(
  "amendments",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
    baseVersion: integer("base_version").notNull(),
    changes: jsonb("changes").$type<ExpectationChanges>().notNull(),
    rationale: text("rationale").notNull(),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    proposedBy: uuid("proposed_by").notNull(),
    status: text("status", { enum: amendmentStatuses }).notNull(),
    proposedAt: at("proposed_at").notNull(),
    decidedAt: at("decided_at"),
    decidedBy: uuid("decided_by"),
    resultingVersion: integer("resulting_version"),
    decisionNote: text("decision_note"),
  },
  (t) => [index("amendments_consultation").on(t.consultationId)],
);

/** A T/PCC's record on one adopted version; recording again replaces it. */
export const acceptances = pgTable(
  "acceptances",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    expectationId: uuid("expectation_id")
      .notNull()
      .references(() => expectations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull(),
    kind: text("kind", { enum: acceptanceKinds }).notNull(),
    caveat: text("caveat"),
    recordedAt: at("recorded_at").notNull(),
  },
  (t) => [
    uniqueIndex("acceptances_unique").on(t.expectationId, t.version, t.delegationId),
    index("acceptances_consultation").on(t.consultationId),
  ],
);

// ——— The chair's summary ———

/**
 * A consultation's summary: the secretary's draft narrative, then, once the chair finalises it,
 * the canonical JSON of the final document exactly as digested. A final row is never updated.
 */
export const summaries = pgTable(
  "summaries",
  {
    consultationId: uuid("consultation_id")
      .primaryKey()
      .references(() => consultations.id, { onDelete: "cascade" }),
    /** draft | final */
    status: text("status", { enum: summaryStatuses }).notNull(),
    /** Bumped by every edit of the draft. */
    revision: integer("revision").notNull(),
    narrative: jsonb("narrative").$type<SummaryNarrative>().notNull(),
    editedBy: uuid("edited_by"),
    editedAt: at("edited_at"),
    finalisedBy: uuid("finalised_by"),
    finalisedAt: at("finalised_at"),
    /** The sequence number of the last event the final summary covers. */
    coveredSeq: integer("covered_seq"),
    /** Text, not jsonb: jsonb would not keep the exact bytes the digest was taken of. */
    document: text("document"),
    /** SHA-256 of `document`, lower-case hex. */
    digest: text("digest"),
  },
  (t) => [index("summaries_digest").on(t.digest)],
);

// ——— Mandate-language drafting, joint statements, breakdown privacy ———

/** A text opened on an agenda item, made of paragraphs. */
export const drafts = pgTable(
  "drafts",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    openedBy: uuid("opened_by").notNull(),
    openedAt: at("opened_at").notNull(),
  },
  (t) => [index("drafts_consultation").on(t.consultationId)],
);

/** A paragraph in its current version; every version is also in `paragraph_versions`. */
export const paragraphs = pgTable(
  "paragraphs",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: paragraphKinds }).notNull(),
    position: integer("position").notNull(),
    /** 0 a paragraph, 1 a sub-paragraph, 2 a sub-sub-paragraph. */
    level: integer("level").notNull().default(0),
    text: text("text").notNull(),
    state: text("state", { enum: paragraphStates }).notNull(),
    /** Bumped by every change of text or state; edits name the version they start from. */
    version: integer("version").notNull(),
    sponsorDelegationId: uuid("sponsor_delegation_id").references(() => delegations.id, { onDelete: "set null" }),
    /** The silence procedure (consensus call) it was last put to. */
    silenceCallId: uuid("silence_call_id").references(() => consensusCalls.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    /** A deleted paragraph stays, out of the draft, for its history and its proposals. */
    deletedAt: at("deleted_at"),
    deletedBy: uuid("deleted_by"),
    deletionNote: text("deletion_note"),
    /** Its reference when deleted, e.g. "OP3 (b)". */
    deletedLabel: text("deleted_label"),
  },
  (t) => [index("paragraphs_draft").on(t.draftId), index("paragraphs_silence_call").on(t.silenceCallId)],
);

export const paragraphVersions = pgTable(
  "paragraph_versions",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    paragraphId: uuid("paragraph_id")
      .notNull()
      .references(() => paragraphs.id, { onDelete: "cascade" }),
    draftId: uuid("draft_id").notNull(),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    state: text("state", { enum: paragraphStates }).notNull(),
    authorId: uuid("author_id"),
    authorDelegationId: uuid("author_delegation_id"),
    proposalId: uuid("proposal_id"),
    callId: uuid("call_id"),
    note: text("note").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("paragraph_versions_unique").on(t.paragraphId, t.version),
    index("paragraph_versions_consultation").on(t.consultationId),
  ],
);

/** A delegation's proposal on a draft: each its own row, so concurrent amendments never collide. */
export const draftProposals = pgTable(
  "draft_proposals",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    paragraphId: uuid("paragraph_id").references(() => paragraphs.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: proposalKinds }).notNull(),
    baseVersion: integer("base_version"),
    passage: text("passage").notNull(),
    /** Where the passage starts in the base version, when selected in the text. */
    passageAt: integer("passage_at"),
    text: text("text").notNull(),
    paragraphKind: text("paragraph_kind", { enum: paragraphKinds }),
    afterParagraphId: uuid("after_paragraph_id"),
    rationale: text("rationale").notNull(),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    proposedBy: uuid("proposed_by").notNull(),
    status: text("status", { enum: proposalStatuses }).notNull(),
    proposedAt: at("proposed_at").notNull(),
    decidedAt: at("decided_at"),
    decidedBy: uuid("decided_by"),
    decisionNote: text("decision_note"),
    resultingParagraphId: uuid("resulting_paragraph_id"),
    resultingVersion: integer("resulting_version"),
  },
  (t) => [index("draft_proposals_draft").on(t.draftId), index("draft_proposals_consultation").on(t.consultationId)],
);

/** A position or proposal made on behalf of co-signatories. */
export const jointStatements = pgTable(
  "joint_statements",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    subject: text("subject", { enum: jointSubjects }).notNull(),
    subjectId: uuid("subject_id").notNull(),
    subjectVersion: integer("subject_version").notNull(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    sponsorDelegationId: uuid("sponsor_delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    onBehalfOf: text("on_behalf_of").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("joint_statements_subject").on(t.subject, t.subjectId, t.subjectVersion),
    index("joint_statements_consultation").on(t.consultationId),
  ],
);

/** A co-signatory's answer to a joint statement. */
export const coSignatures = pgTable(
  "co_signatures",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    jointId: uuid("joint_id")
      .notNull()
      .references(() => jointStatements.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    status: text("status", { enum: coSignatureStatuses }).notNull(),
    invitedAt: at("invited_at").notNull(),
    decidedBy: uuid("decided_by"),
    decidedAt: at("decided_at"),
  },
  (t) => [
    uniqueIndex("co_signatures_unique").on(t.jointId, t.delegationId),
    index("co_signatures_consultation").on(t.consultationId),
  ],
);

/** The chair's leave to show a single-delegation constituency in breakdowns. */
export const breakdownDisclosures = pgTable(
  "breakdown_disclosures",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    constituency: text("constituency", { enum: constituencies }).notNull(),
    allowedBy: uuid("allowed_by").notNull(),
    allowedAt: at("allowed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.constituency] })],
);

/** People who run the server: signed in with the organisation's OpenID provider, or the token operator. */
export const operators = pgTable("operators", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** `<issuer> <sub>` for OpenID sign-ins; `token` for the shared OPERATOR_TOKEN. */
  subject: text("subject").notNull().unique(),
  name: text("name").notNull(),
  email: text("email"),
  /** administrator, conference_officer or auditor, as the provider's claim said at the last sign-in. */
  role: text("role", { enum: operatorRoles }).notNull(),
  createdAt: createdAt(),
  lastSignedInAt: at("last_signed_in_at"),
});

/** An operator's sign-in: the cookie carries a random token, stored only as its hash. */
export const operatorSessions = pgTable("operator_sessions", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  operatorId: uuid("operator_id")
    .notNull()
    .references(() => operators.id, { onDelete: "cascade" }),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  createdAt: createdAt(),
});

/** What an operator did, and the consultation events it produced (first..last seq), for the audit trail. */
export const operatorActions = pgTable(
  "operator_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    operatorId: uuid("operator_id")
      .notNull()
      .references(() => operators.id),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    targetId: uuid("target_id"),
    firstSeq: integer("first_seq"),
    lastSeq: integer("last_seq"),
    at: createdAt(),
  },
  (t) => [index("operator_actions_consultation").on(t.consultationId)],
);

/** The mail queue: one invitation email, retried with backoff until sent or given up. */
export const invitationMails = pgTable(
  "invitation_mails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invitationId: uuid("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    recipient: text("recipient").notNull(),
    /** queued, sent or failed (failed with a next attempt is retried). */
    status: text("status", { enum: invitationMailStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** When a worker may try next; also a lease while one is sending. Null once settled. */
    nextAttemptAt: at("next_attempt_at"),
    lastError: text("last_error"),
    sentAt: at("sent_at"),
    /** The link, sealed with the server's key; erased once sent or given up. */
    sealedLink: text("sealed_link"),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitation_mails_due").on(t.status, t.nextAttemptAt),
    index("invitation_mails_invitation").on(t.invitationId),
  ],
);

// ——— Across the mandate cycle: missions, their expectations register, restricted briefings ———

/** Raw bytes (PostgreSQL bytea), as a Node Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** A peacekeeping mission (UNMISS, MINUSCA, ...) whose consultations follow one another. */
export const missions = pgTable("missions", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  /** The host State(s), as their delegations are named in the mission's consultations. */
  hostDelegationNames: text("host_delegation_names").array().notNull(),
  createdAt: createdAt(),
});

/**
 * An expectation's place in its mission's register: the standing expectation it continues
 * (`lineageId`, shared across consultations) and the one it was carried in from.
 */
export const missionExpectationLineage = pgTable(
  "mission_expectation_lineage",
  {
    expectationId: uuid("expectation_id")
      .primaryKey()
      .references(() => expectations.id, { onDelete: "cascade" }),
    missionId: uuid("mission_id")
      .notNull()
      .references(() => missions.id, { onDelete: "cascade" }),
    lineageId: uuid("lineage_id").notNull(),
    carriedFromId: uuid("carried_from_id"),
  },
  (t) => [index("mission_expectation_lineage_mission").on(t.missionId, t.lineageId)],
);

/** A standing expectation ended in a consultation: withdrawn, or superseded by another. */
export const missionExpectationEnds = pgTable(
  "mission_expectation_ends",
  {
    missionId: uuid("mission_id")
      .notNull()
      .references(() => missions.id, { onDelete: "cascade" }),
    lineageId: uuid("lineage_id").notNull(),
    kind: text("kind", { enum: standingEndKinds }).notNull(),
    supersededBy: uuid("superseded_by"),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    endedBy: uuid("ended_by"),
    endedAt: at("ended_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.missionId, t.lineageId] })],
);

/** The Secretariat's dated, attributed notes on how a standing expectation is being implemented. */
export const missionImplementationNotes = pgTable(
  "mission_implementation_notes",
  {
    id: uuid("id").primaryKey(),
    missionId: uuid("mission_id")
      .notNull()
      .references(() => missions.id, { onDelete: "cascade" }),
    lineageId: uuid("lineage_id").notNull(),
    text: text("text").notNull(),
    /** Who wrote it, as the register names them (an operator's or a Secretariat delegate's name). */
    authorName: text("author_name").notNull(),
    /** `operator:<id>` or `participant:<id>`. */
    authorRef: text("author_ref").notNull(),
    writtenAt: at("written_at").notNull(),
  },
  (t) => [index("mission_implementation_notes_lineage").on(t.missionId, t.lineageId)],
);

/** A restricted briefing (PDF) circulated by the Secretariat to a distribution list. */
export const briefings = pgTable(
  "briefings",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Who may download: everyone, or the constituencies and delegations named. */
    distribution: jsonb("distribution").$type<Distribution>().notNull(),
    content: bytea("content").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    /** `operator:<id>` or `participant:<id>`. */
    circulatedBy: text("circulated_by").notNull(),
    circulatedAt: at("circulated_at").notNull(),
    withdrawnAt: at("withdrawn_at"),
    withdrawnBy: text("withdrawn_by"),
  },
  (t) => [index("briefings_consultation").on(t.consultationId)],
);

/** Every attempt to download a briefing: granted (watermarked) or refused. */
export const briefingAccesses = pgTable(
  "briefing_accesses",
  {
    id: uuid("id").primaryKey(),
    briefingId: uuid("briefing_id")
      .notNull()
      .references(() => briefings.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id"),
    delegationId: uuid("delegation_id"),
    outcome: text("outcome", { enum: briefingAccessOutcomes }).notNull(),
    watermark: text("watermark"),
    at: at("at").notNull(),
  },
  (t) => [index("briefing_accesses_briefing").on(t.briefingId)],
);
