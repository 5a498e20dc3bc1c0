import type { CommandName, ErrorCode, ExpectationFields, SealedBallot } from "@trilogue/shared";

/**
 * A delegate of delegation X aiming every command at delegation Y's entities. Commands carry no
 * delegation id: the sender's delegation comes from the session, so acting for Y could only happen
 * through the id of one of Y's entities. Each case is either refused (with the codes allowed) or
 * acts for X alone (`own`: what it creates belongs to X). Written by hand from the rules.
 */

/** The ids of Y's entities (and of shared ones) that the cases aim at. */
export type TargetIds = {
  itemId: string;
  otherItemId: string;
  /** Y's queued floor request. */
  yRequest: string;
  /** An open named poll (live results) Y voted in, and an open secret poll Y voted in. */
  namedPoll: string;
  secretPoll: string;
  /** Y's sealed secret ballot (as on the board), and one sealed by X's browser for the same poll. */
  ySealed: SealedBallot;
  xSealed: SealedBallot;
  /** An open consensus call Y objected to. */
  call: string;
  /** An expectation Y proposed an amendment to, and that amendment. */
  expectation: string;
  yAmendment: string;
  /** An adopted expectation on which Y recorded its acceptance. */
  adopted: string;
  /** The item on which only Y has a draft. */
  draftItemId: string;
  /** A mandate-language draft, one of its paragraphs, and Y's pending proposal on it. */
  draftId: string;
  paragraphId: string;
  yProposal: string;
  /** Z's pending co-signature of Y's proposal: only Z answers it. */
  zCoSignature: string;
  /** Y, to name as a co-signatory. */
  yDelegation: string;
};

export type BoundaryCase = {
  command: CommandName;
  /** What the case shows, for the test's name. */
  what: string;
  payload: (ids: TargetIds) => Record<string, unknown>;
  expect: { refused: ErrorCode[] } | { own: OwnCheck };
};

/** Where the entity an accepted command created or changed is found, to check it is X's. */
export type OwnCheck =
  | {
      table: "floor_requests" | "positions" | "objections" | "amendments" | "acceptances" | "draft_proposals";
      byAckId: true;
    }
  /** A joint statement names co-signatories: they are invited (pending) until they answer. */
  | { table: "joint_statements"; byAckId: true; column: "sponsor_delegation_id"; othersInvited: true }
  | { table: "poll_ballots" | "poll_participation" | "position_drafts"; byAckId: false };

export const fields: ExpectationFields = {
  scenario: "Host-state forces fire on civilians near a protection-of-civilians site",
  threatActor: "host_state_forces",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
};

const forbidden = { refused: ["FORBIDDEN"] as ErrorCode[] };
const conflict = { refused: ["CONFLICT"] as ErrorCode[] };

/** Refusals first: the `own` cases that follow change X's standing. Z is a third delegation. */
export const boundaryCases: BoundaryCase[] = [
  // Chair's and secretary's commands, aimed where Y's entities are: the gate refuses a delegate.
  {
    command: "consultation:set-status",
    what: "suspend the meeting",
    payload: () => ({ status: "suspended" }),
    expect: forbidden,
  },
  { command: "agenda:add", what: "add an item", payload: () => ({ title: "Y's item" }), expect: forbidden },
  {
    command: "agenda:remove",
    what: "remove Y's item",
    payload: (ids) => ({ itemId: ids.otherItemId }),
    expect: forbidden,
  },
  { command: "agenda:open", what: "open an item", payload: (ids) => ({ itemId: ids.otherItemId }), expect: forbidden },
  {
    command: "agenda:set-time-box",
    what: "time-box",
    payload: (ids) => ({ itemId: ids.itemId, timeBoxSeconds: 60 }),
    expect: forbidden,
  },
  {
    command: "agenda:set-speaking-time",
    what: "speaking time",
    payload: (ids) => ({ itemId: ids.itemId, speakingTimeSeconds: 60 }),
    expect: forbidden,
  },
  {
    command: "agenda:reorder",
    what: "reorder",
    payload: (ids) => ({ itemIds: [ids.otherItemId, ids.itemId] }),
    expect: forbidden,
  },
  {
    command: "agenda:conclude",
    what: "conclude",
    payload: (ids) => ({ itemId: ids.itemId, conclusion: "Done." }),
    expect: forbidden,
  },
  { command: "agenda:reopen", what: "reopen", payload: (ids) => ({ itemId: ids.itemId }), expect: forbidden },
  {
    command: "floor:give",
    what: "give Y the floor",
    payload: (ids) => ({ requestId: ids.yRequest }),
    expect: forbidden,
  },
  { command: "floor:set-time", what: "set Y's time", payload: () => ({ speakingTimeSeconds: 30 }), expect: forbidden },
  { command: "floor:end-turn", what: "end Y's turn", payload: () => ({}), expect: forbidden },
  {
    command: "poll:create",
    what: "create a poll",
    payload: (ids) => ({ itemId: ids.itemId, question: "?", kind: "yes_no_abstain" }),
    expect: forbidden,
  },
  { command: "poll:open", what: "open a poll", payload: (ids) => ({ pollId: ids.namedPoll }), expect: forbidden },
  {
    command: "trustee:publish-key",
    what: "publish a key share as the chair's trustee",
    payload: (ids) => ({
      pollId: ids.secretPoll,
      share: { publicShare: "0".repeat(64), proof: { c: ["0".repeat(64)], s: ["0".repeat(64)] } },
    }),
    expect: forbidden,
  },
  {
    command: "trustee:decrypt",
    what: "decrypt as the chair's trustee",
    payload: (ids) => ({ pollId: ids.secretPoll, partials: [] }),
    expect: forbidden,
  },
  {
    command: "poll:close",
    what: "close the poll Y voted in",
    payload: (ids) => ({ pollId: ids.secretPoll }),
    expect: forbidden,
  },
  {
    command: "consensus:call",
    what: "call for consensus",
    payload: (ids) => ({
      subject: { kind: "conclusion", itemId: ids.otherItemId, text: "Agreed." },
      durationSeconds: 60,
    }),
    expect: forbidden,
  },
  {
    command: "consensus:close",
    what: "close the call Y objected to",
    payload: (ids) => ({ callId: ids.call }),
    expect: forbidden,
  },
  { command: "expectation:draft", what: "draft", payload: () => ({ itemId: null, fields }), expect: forbidden },
  {
    command: "expectation:revise",
    what: "revise",
    payload: (ids) => ({ expectationId: ids.expectation, fields }),
    expect: forbidden,
  },
  {
    command: "expectation:accept-amendment",
    what: "accept Y's amendment",
    payload: (ids) => ({ amendmentId: ids.yAmendment }),
    expect: forbidden,
  },
  {
    command: "expectation:reject-amendment",
    what: "reject Y's amendment",
    payload: (ids) => ({ amendmentId: ids.yAmendment }),
    expect: forbidden,
  },
  {
    command: "summary:edit-draft",
    what: "edit the summary",
    payload: () => ({ narrative: { overview: "Y agreed.", items: [], followUp: [] }, baseRevision: 0 }),
    expect: forbidden,
  },
  { command: "summary:finalise", what: "finalise the summary", payload: () => ({ revision: 0 }), expect: forbidden },
  {
    command: "draft:open",
    what: "open a draft",
    payload: (ids) => ({ itemId: ids.itemId, title: "Elements" }),
    expect: forbidden,
  },
  {
    command: "draft:add-paragraph",
    what: "add a paragraph",
    payload: (ids) => ({ draftId: ids.draftId, kind: "operative", text: "Decides." }),
    expect: forbidden,
  },
  {
    command: "draft:edit-paragraph",
    what: "edit a paragraph",
    payload: (ids) => ({ paragraphId: ids.paragraphId, baseVersion: 1, text: "Decides." }),
    expect: forbidden,
  },
  {
    command: "draft:set-state",
    what: "agree a paragraph",
    payload: (ids) => ({ paragraphId: ids.paragraphId, baseVersion: 1, state: "agreed" }),
    expect: forbidden,
  },
  {
    command: "draft:delete-paragraph",
    what: "delete a paragraph",
    payload: (ids) => ({ paragraphId: ids.paragraphId, baseVersion: 1 }),
    expect: forbidden,
  },
  {
    command: "draft:move-paragraph",
    what: "move a paragraph",
    payload: (ids) => ({ paragraphId: ids.paragraphId, beforeParagraphId: null, level: 1 }),
    expect: forbidden,
  },
  {
    command: "display:show",
    what: "put Y's objection's call on the room display",
    payload: (ids) => ({ content: { kind: "consensus", callId: ids.call } }),
    expect: forbidden,
  },
  {
    command: "draft:merge-proposal",
    what: "merge Y's proposal",
    payload: (ids) => ({ proposalId: ids.yProposal, baseVersion: null }),
    expect: forbidden,
  },
  {
    command: "draft:reject-proposal",
    what: "reject Y's proposal",
    payload: (ids) => ({ proposalId: ids.yProposal }),
    expect: forbidden,
  },
  {
    command: "breakdown:set-disclosure",
    what: "disclose a lone delegation",
    payload: () => ({ constituency: "host", allowed: true }),
    expect: forbidden,
  },
  {
    command: "consultation:set-decision-rule",
    what: "change who decides (and so whether Y's objection blocks)",
    payload: () => ({ rule: "member_states_decide" }),
    expect: forbidden,
  },
  // A delegate's own commands, pointed at Y's entities.
  {
    command: "draft:withdraw-proposal",
    what: "withdraw Y's proposal",
    payload: (ids) => ({ proposalId: ids.yProposal }),
    expect: forbidden,
  },
  {
    command: "joint:confirm",
    what: "confirm Z's co-signature",
    payload: (ids) => ({ coSignatureId: ids.zCoSignature }),
    expect: forbidden,
  },
  {
    command: "joint:decline",
    what: "decline Z's co-signature",
    payload: (ids) => ({ coSignatureId: ids.zCoSignature }),
    expect: forbidden,
  },
  {
    command: "floor:withdraw",
    what: "withdraw Y's floor request",
    payload: (ids) => ({ requestId: ids.yRequest }),
    expect: forbidden,
  },
  {
    command: "position:discard-draft",
    what: "discard Y's draft",
    payload: (ids) => ({ itemId: ids.draftItemId }),
    expect: conflict,
  },
  {
    command: "consensus:withdraw-objection",
    what: "withdraw Y's objection",
    payload: (ids) => ({ callId: ids.call }),
    expect: conflict,
  },
  {
    command: "ballot:cast",
    what: "cast a copy of Y's sealed ballot",
    payload: (ids) => ({ pollId: ids.secretPoll, sealed: ids.ySealed }),
    expect: conflict,
  },
  // Accepted, but for X: nothing of Y's moves.
  {
    command: "floor:request",
    what: "request the floor",
    payload: () => ({ kind: "speaker" }),
    expect: { own: { table: "floor_requests", byAckId: true } },
  },
  {
    command: "position:save-draft",
    what: "draft where Y has a draft",
    payload: (ids) => ({ itemId: ids.draftItemId, stance: "opposes", statement: "Not Y's words." }),
    expect: { own: { table: "position_drafts", byAckId: false } },
  },
  {
    command: "position:publish",
    what: "publish where Y has a position",
    payload: (ids) => ({ itemId: ids.itemId, stance: "opposes", statement: "X's view." }),
    expect: { own: { table: "positions", byAckId: true } },
  },
  {
    command: "ballot:cast",
    what: "vote in the poll Y voted in",
    payload: (ids) => ({ pollId: ids.namedPoll, choices: [1] }),
    expect: { own: { table: "poll_ballots", byAckId: false } },
  },
  {
    command: "ballot:cast",
    what: "vote secretly in the poll Y voted in",
    payload: (ids) => ({ pollId: ids.secretPoll, sealed: ids.xSealed }),
    expect: { own: { table: "poll_participation", byAckId: false } },
  },
  {
    command: "ballot:cast",
    what: "replace Y's secret ballot with a copy of it after voting",
    payload: (ids) => ({ pollId: ids.secretPoll, sealed: ids.ySealed }),
    expect: conflict,
  },
  {
    command: "consensus:object",
    what: "object where Y objected",
    payload: (ids) => ({ callId: ids.call, reason: "X objects." }),
    expect: { own: { table: "objections", byAckId: true } },
  },
  {
    command: "draft:propose",
    what: "propose on the draft Y proposed on",
    payload: (ids) => ({
      draftId: ids.draftId,
      change: { kind: "new_paragraph", paragraphKind: "operative", text: "Urges all parties." },
    }),
    expect: { own: { table: "draft_proposals", byAckId: true } },
  },
  {
    command: "joint:post-position",
    what: "post a joint position naming Y (Y is only invited)",
    payload: (ids) => ({ itemId: ids.itemId, stance: "supports", coSignatories: [ids.yDelegation] }),
    expect: { own: { table: "joint_statements", byAckId: true, column: "sponsor_delegation_id", othersInvited: true } },
  },
  {
    command: "expectation:amend",
    what: "amend where Y amended",
    payload: (ids) => ({ expectationId: ids.expectation, changes: { phases: ["prevention"] } }),
    expect: { own: { table: "amendments", byAckId: true } },
  },
  {
    command: "expectation:record-acceptance",
    what: "record acceptance where Y recorded",
    payload: (ids) => ({ expectationId: ids.adopted, kind: "accepts_with_reservation", caveat: "X's caveat." }),
    expect: { own: { table: "acceptances", byAckId: true } },
  },
];
