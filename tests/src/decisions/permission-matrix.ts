import { type ExpectationFields, makeTrusteeKey, type Role } from "@trilogue/shared";

/**
 * Who may send each decision command, written out by hand from the rules, in the shape of the
 * matrix in `tests/src/live/permissions.test.ts` (spread it in: `...decisionPermissionMatrix`).
 * Payloads are valid; ids that the gate never reaches are made up.
 */
type Sender = Role | "outsider";
type Entry = { allowed: Sender[]; payload: (ids: { itemId: string }) => Record<string, unknown> };

const madeUp = "00000000-0000-4000-8000-00000000d1d1";
const fields: ExpectationFields = {
  scenario: "An armed group threatens a camp for displaced people",
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
};

export const decisionPermissionMatrix: Record<string, Entry> = {
  "position:save-draft": {
    allowed: ["delegate", "adviser"],
    payload: (ids) => ({ itemId: ids.itemId, stance: "neutral" }),
  },
  "position:discard-draft": { allowed: ["delegate", "adviser"], payload: (ids) => ({ itemId: ids.itemId }) },
  "position:publish": { allowed: ["delegate"], payload: (ids) => ({ itemId: ids.itemId, stance: "neutral" }) },
  "poll:create": {
    allowed: ["chair"],
    payload: (ids) => ({ itemId: ids.itemId, question: "Indicative?", kind: "yes_no_abstain" }),
  },
  "poll:open": { allowed: ["chair"], payload: () => ({ pollId: madeUp }) },
  "poll:close": { allowed: ["chair"], payload: () => ({ pollId: madeUp }) },
  // The chair's browser is a secret poll's trustee: a well-formed key share (its proof verifies for
  // this poll id) and a well-formed, empty decryption share, so only the gate or the poll can refuse.
  "trustee:publish-key": {
    allowed: ["chair"],
    payload: () => ({ pollId: madeUp, share: makeTrusteeKey(madeUp, "chair").share }),
  },
  "trustee:decrypt": { allowed: ["chair"], payload: () => ({ pollId: madeUp, partials: [] }) },
  "ballot:cast": { allowed: ["delegate"], payload: () => ({ pollId: madeUp, choices: [0] }) },
  "consensus:call": {
    allowed: ["chair"],
    payload: (ids) => ({ subject: { kind: "conclusion", itemId: ids.itemId, text: "Agreed." }, durationSeconds: 60 }),
  },
  "consensus:object": { allowed: ["delegate"], payload: () => ({ callId: madeUp, reason: "Not yet." }) },
  "consensus:withdraw-objection": { allowed: ["delegate"], payload: () => ({ callId: madeUp }) },
  "consensus:close": { allowed: ["chair"], payload: () => ({ callId: madeUp }) },
  "expectation:draft": { allowed: ["chair", "secretary"], payload: () => ({ itemId: null, fields }) },
  "expectation:revise": { allowed: ["chair", "secretary"], payload: () => ({ expectationId: madeUp, fields }) },
  "expectation:amend": {
    allowed: ["delegate"],
    payload: () => ({ expectationId: madeUp, changes: { highestForceLevel: "non_lethal_force" } }),
  },
  "expectation:accept-amendment": { allowed: ["chair"], payload: () => ({ amendmentId: madeUp }) },
  "expectation:reject-amendment": { allowed: ["chair"], payload: () => ({ amendmentId: madeUp }) },
  "expectation:record-acceptance": {
    allowed: ["delegate"],
    payload: () => ({ expectationId: madeUp, kind: "accepts" }),
  },
  // The rule the room already has: a no-op the chair may send whatever has been opened.
  "consultation:set-decision-rule": { allowed: ["chair"], payload: () => ({ rule: "council_decides" }) },
};
