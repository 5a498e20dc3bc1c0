import {
  acceptanceKinds,
  type CommandInput,
  type CommandName,
  type ConsultationState,
  type ErrorCode,
  type ExpectationFields,
  floorRequestKinds,
  forceLevels,
  limits,
  makeTrusteeKey,
  mayObject,
  mayVote,
  type Poll,
  sealBallot,
  stances,
  type TrusteeKey,
  threatActors,
} from "@trilogue/shared";

/**
 * Random VALID actions, chosen from what each participant's own replica shows, as a person in the
 * room would: the soak and the replay test drive the real server with them. An action may still
 * be refused when someone else acted first (the poll closed, the turn ended): those refusals are
 * expected; any other is a fault.
 */

/** A number in [0, 1). */
export type Rand = () => number;

/** A small seeded generator (mulberry32), so that a run can be repeated from its printed seed. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];

/** A possible action and how likely it is, relative to the others on offer. */
type Option = [weight: number, make: () => Action | null];

function pickWeighted(rand: Rand, options: readonly Option[]): Action | null {
  let point = rand() * options.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, make] of options) {
    point -= weight;
    if (point < 0) return make();
  }
  return null;
}

/**
 * Who acts: the chair, or a delegate of a delegation (voting or not, T/PCC or not). Whether its
 * objection blocks consensus depends on the room's decision rule, so it is read from the state.
 */
export type Persona = { kind: "chair" } | { kind: "delegate"; delegationId: string; votes: boolean; tpcc: boolean };

/** One command with its payload, and what to remember if it is accepted. */
export type Action = {
  [C in CommandName]: { name: C; payload: Omit<CommandInput<C>, "idempotencyKey">; onAccepted?: () => void };
}[CommandName];

/** Refusals a valid action meets when the room moved on before it arrived. */
export const expectedRefusals: ReadonlySet<ErrorCode> = new Set(["CONFLICT", "NOT_FOUND"]);

/** What one participant's client keeps between actions: the chair's trustee keys of secret polls. */
export type Memory = { keys: Map<string, TrusteeKey> };

export const newMemory = (): Memory => ({ keys: new Map() });

export const soakFields: ExpectationFields = {
  scenario: "An armed group threatens a camp for displaced people",
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
};

const words = (rand: Rand) => `Statement ${Math.floor(rand() * 1e6)} on the protection of civilians.`;

function choicesFor(poll: Poll, rand: Rand): number[] {
  const count = poll.kind === "multiple_choice" ? 1 + Math.floor(rand() * poll.maxChoices) : 1;
  const all = poll.options.map((_, index) => index).sort(() => rand() - 0.5);
  return all.slice(0, count).sort((a, b) => a - b);
}

/** A random valid action for a delegate, or null when there is nothing to do. */
function delegateAction(
  me: Extract<Persona, { kind: "delegate" }>,
  state: ConsultationState,
  rand: Rand,
  memory: Memory,
): Action | null {
  const item = Object.values(state.items).find((candidate) => candidate.status === "open");
  const options: Option[] = [];
  if (item) {
    options.push([2, () => ({ name: "floor:request", payload: { kind: pick(rand, floorRequestKinds) ?? "speaker" } })]);
    const mine = Object.values(state.floorRequests).find(
      (r) => r.delegationId === me.delegationId && r.status === "queued",
    );
    if (mine) options.push([1, () => ({ name: "floor:withdraw", payload: { requestId: mine.id } })]);
    const text = () => ({ itemId: item.id, stance: pick(rand, stances) ?? "neutral", statement: words(rand) });
    options.push([1, () => ({ name: "position:save-draft", payload: text() })]);
    const published = Object.values(state.positions).find(
      (p) => p.itemId === item.id && p.delegationId === me.delegationId,
    );
    if ((published?.version ?? 0) < limits.positionRevisions)
      options.push([1, () => ({ name: "position:publish", payload: text() })]);
  }
  const delegation = state.delegations[me.delegationId];
  // Only delegations the decision rule lets decide may object; the consulted ones speak instead.
  const objects = delegation !== undefined && mayObject(state.consultation.decisionRule, delegation);
  const votes = me.votes && delegation !== undefined && mayVote(state.consultation.decisionRule, delegation);
  const polls = Object.values(state.polls).filter((poll) => poll.status === "open");
  for (const poll of votes ? polls : []) {
    // Ballots are what this issue is about: they come first among a delegate's actions.
    options.push([
      4,
      () => {
        const choices = choicesFor(poll, rand);
        const publicKey = poll.sealing?.publicKey;
        if (!poll.secret || !publicKey) return { name: "ballot:cast", payload: { pollId: poll.id, choices } };
        const frame = { pollId: poll.id, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices };
        return { name: "ballot:cast", payload: { pollId: poll.id, sealed: sealBallot(frame, choices) } };
      },
    ]);
  }
  for (const call of objects ? Object.values(state.consensusCalls).filter((c) => c.status === "open") : []) {
    const standing = Object.values(state.objections).some(
      (o) => o.callId === call.id && o.delegationId === me.delegationId && o.status === "standing",
    );
    if (standing) options.push([1, () => ({ name: "consensus:withdraw-objection", payload: { callId: call.id } })]);
    else options.push([0.5, () => ({ name: "consensus:object", payload: { callId: call.id, reason: words(rand) } })]);
  }
  for (const expectation of Object.values(state.expectations)) {
    const amendments = Object.values(state.amendments).filter((a) => a.expectationId === expectation.id).length;
    if (expectation.status === "draft" || expectation.status === "not_agreed") {
      if (amendments >= limits.amendmentsPerExpectation) continue;
      options.push([
        0.5,
        () => ({
          name: "expectation:amend",
          payload: {
            expectationId: expectation.id,
            changes: { highestForceLevel: pick(rand, forceLevels) ?? "interposition" },
          },
        }),
      ]);
    } else if (me.tpcc && expectation.status !== "proposed") {
      options.push([
        1,
        () => {
          const kind = pick(rand, acceptanceKinds) ?? "accepts";
          const caveat = kind === "accepts_with_reservation" ? "Within national caveats." : "";
          return { name: "expectation:record-acceptance", payload: { expectationId: expectation.id, kind, caveat } };
        },
      ]);
    }
  }
  return pickWeighted(rand, options);
}

/** A random valid action for the chair, weighted towards keeping the meeting moving. */
function chairAction(state: ConsultationState, rand: Rand, memory: Memory): Action | null {
  const items = Object.values(state.items).sort((a, b) => a.position - b.position);
  const item = items.find((candidate) => candidate.status === "open");
  if (!item) {
    const pending = items.find((candidate) => candidate.status === "pending");
    if (pending) return { name: "agenda:open", payload: { itemId: pending.id } };
    if (items.length < limits.agendaItems)
      return { name: "agenda:add", payload: { title: `Item ${items.length + 1}` } };
    const concluded = pick(rand, items);
    return concluded ? { name: "agenda:reopen", payload: { itemId: concluded.id } } : null;
  }
  const options: Option[] = [];
  const requests = Object.values(state.floorRequests).filter((r) => r.itemId === item.id);
  if (requests.some((r) => r.status === "queued")) options.push([3, () => ({ name: "floor:give", payload: {} })]);
  if (requests.some((r) => r.status === "speaking")) options.push([2, () => ({ name: "floor:end-turn", payload: {} })]);
  const polls = Object.values(state.polls).filter((p) => p.itemId === item.id);
  for (const poll of polls.filter((p) => p.status !== "closed")) {
    // A poll stays open a while, so that many ballots meet it.
    const keyed = !poll.secret || poll.sealing?.trustees.every((t) => t.hasKey);
    if (poll.status === "draft" && !keyed) {
      // The chair's browser publishes its trustee key share before the poll can open.
      options.push([
        3,
        () => {
          const key = makeTrusteeKey(poll.id, "chair");
          return {
            name: "trustee:publish-key",
            payload: { pollId: poll.id, share: key.share },
            onAccepted: () => memory.keys.set(poll.id, key),
          };
        },
      ]);
      continue;
    }
    const name = poll.status === "draft" ? "poll:open" : "poll:close";
    options.push([name === "poll:open" ? 3 : 0.3, () => ({ name, payload: { pollId: poll.id } })]);
  }
  if (polls.length < limits.pollsPerItem && polls.filter((p) => p.status !== "closed").length < 2) {
    const secret = rand() < 0.5;
    const question: { question: string; kind: "yes_no_abstain" | "single_choice"; options?: string[] } =
      rand() < 0.5
        ? { question: "Indicative: shall we proceed?", kind: "yes_no_abstain" }
        : { question: "Which tier first?", kind: "single_choice", options: ["Tier I", "Tier II", "Tier III"] };
    options.push([2, () => ({ name: "poll:create", payload: { itemId: item.id, ...question, secret } })]);
  }
  const openCalls = Object.values(state.consensusCalls).filter((c) => c.status === "open");
  const call = pick(rand, openCalls);
  if (call) options.push([0.5, () => ({ name: "consensus:close", payload: { callId: call.id } })]);
  if (!openCalls.some((c) => c.itemId === item.id && c.expectationId === null)) {
    const subject = { kind: "conclusion", itemId: item.id, text: "The dialogue continues." } as const;
    options.push([0.5, () => ({ name: "consensus:call", payload: { subject, durationSeconds: 10 } })]);
  }
  const expectations = Object.values(state.expectations);
  if (expectations.length < 8) {
    options.push([0.3, () => ({ name: "expectation:draft", payload: { itemId: item.id, fields: soakFields } })]);
  }
  const editable = pick(
    rand,
    expectations.filter((e) => e.status === "draft" || e.status === "not_agreed"),
  );
  if (editable && !openCalls.some((c) => c.expectationId === editable.id)) {
    const subject = { kind: "expectation", expectationId: editable.id } as const;
    options.push([0.5, () => ({ name: "consensus:call", payload: { subject, durationSeconds: 10 } })]);
  }
  if (editable) {
    const fields = { ...soakFields, threatActor: pick(rand, threatActors) ?? "unidentified" };
    options.push([0.3, () => ({ name: "expectation:revise", payload: { expectationId: editable.id, fields } })]);
  }
  const amendment = pick(
    rand,
    Object.values(state.amendments).filter((a) => a.status === "pending"),
  );
  if (amendment) {
    const name = rand() < 0.5 ? "expectation:accept-amendment" : "expectation:reject-amendment";
    options.push([1, () => ({ name, payload: { amendmentId: amendment.id } })]);
  }
  options.push([0.03, () => ({ name: "agenda:conclude", payload: { itemId: item.id, conclusion: "Noted." } })]);
  return pickWeighted(rand, options);
}

/** A random valid action for `persona`, from the state its replica holds. */
export function nextAction(persona: Persona, state: ConsultationState, rand: Rand, memory: Memory): Action | null {
  return persona.kind === "chair" ? chairAction(state, rand, memory) : delegateAction(persona, state, rand, memory);
}
