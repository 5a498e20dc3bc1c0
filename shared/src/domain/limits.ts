/** Limits on every text and list a person can submit; the schemas and the UI both read them. */
export const limits = {
  title: 200,
  missionContext: 2000,
  question: 1000,
  conclusion: 5000,
  /** A message the chair puts on the room display. */
  displayMessage: 500,
  name: 120,
  displayName: 80,
  statement: 4000,
  reason: 1000,
  idempotencyKey: 64,
  agendaItems: 30,
  delegations: 250,
  /** Seconds. */
  maxTimeBox: 8 * 3600,
  maxSpeakingTime: 3600,
  // Positions, polls, consensus calls and expectations on the use of force.
  /** Published versions of one delegation's position on one item. */
  positionRevisions: 50,
  pollQuestion: 500,
  pollOption: 200,
  pollOptions: 12,
  pollsPerItem: 20,
  /** A secret poll publishes no figure resting on fewer ballots than this. */
  secretTallyFloor: 3,
  /** Delegations a chair may name as a secret poll's extra trustees (besides the chair and the server). */
  trusteeDelegations: 4,
  /** Seconds a consensus call may run. */
  minConsensusSeconds: 10,
  maxConsensusSeconds: 7 * 24 * 3600,
  scenario: 500,
  expectationText: 2000,
  caveat: 2000,
  expectations: 100,
  amendmentsPerExpectation: 100,
  // The chair's summary.
  summaryOverview: 10000,
  /** The secretary's summary of one item's discussion. */
  summaryItemNarrative: 5000,
  followUpAction: 500,
  followUpActions: 50,
  // Mandate-language drafting and joint statements.
  /** Drafts a consultation may hold. */
  drafts: 20,
  paragraphText: 4000,
  paragraphsPerDraft: 150,
  /** Proposals (pending or decided) one draft may hold. */
  proposalsPerDraft: 500,
  /** The passage an amendment replaces, deletes or inserts after. */
  passage: 1000,
  /** Co-sponsors of a proposal, or co-signatories of a joint position. */
  coSignatories: 60,
} as const;
