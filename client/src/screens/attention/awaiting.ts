import type { ConsensusSubject, ConsultationState } from "@trilogue/shared";

/** What is asked of a delegation: a ballot, an answer to a call, the floor, a co-signature. */
export type AttentionKind = "poll" | "consensus" | "expectation" | "silence" | "floor" | "cosign";

/** One thing the delegation is asked to act on, until it answers or the question closes. */
export type AttentionRequest = {
  /** Stable across renders: the kind and the entity's id. */
  key: string;
  kind: AttentionKind;
  /** The poll, consensus call, floor request or co-signature asked about. */
  entityId: string;
  /** The question or text put to the room (empty for the floor). */
  text: string;
  /** When it closes, if it has a deadline (calls, speaking time). */
  deadlineAt: string | null;
  /** When it was asked; the list reads oldest first. */
  since: string;
  /** The delegation asking, for a co-signature; null otherwise. */
  from: string | null;
};

/** What this browser knows the delegation has already done, beyond the shared state. */
export type AnsweredLocally = {
  /** Polls this browser cast a ballot in. */
  votedPolls: ReadonlySet<string>;
  /** Calls the delegate marked "no objection" (silence is agreement: nothing to send). */
  acknowledgedCalls: ReadonlySet<string>;
};

const kindOfCall: Record<ConsensusSubject, AttentionKind> = {
  conclusion: "consensus",
  expectation: "expectation",
  paragraph: "silence",
};

/**
 * Everything still awaiting a delegation, oldest first: open polls it has not voted in, open
 * consensus calls and silence procedures it has neither objected to nor let pass, the floor while
 * it speaks, and co-signatures it has not answered. Pure: the tray and its test call it alike.
 */
export function awaitingDelegation(
  state: ConsultationState,
  delegationId: string,
  answered: AnsweredLocally,
): AttentionRequest[] {
  const out: AttentionRequest[] = [];
  const votedNamed = new Set(
    Object.values(state.ballots)
      .filter((ballot) => ballot.delegationId === delegationId)
      .map((ballot) => ballot.pollId),
  );
  for (const poll of Object.values(state.polls)) {
    if (poll.status !== "open" || votedNamed.has(poll.id) || answered.votedPolls.has(poll.id)) continue;
    out.push({
      key: `poll:${poll.id}`,
      kind: "poll",
      entityId: poll.id,
      text: poll.question,
      deadlineAt: null,
      since: poll.openedAt ?? poll.createdAt,
      from: null,
    });
  }

  const objected = new Set(
    Object.values(state.objections)
      .filter((objection) => objection.delegationId === delegationId && objection.status === "standing")
      .map((objection) => objection.callId),
  );
  for (const call of Object.values(state.consensusCalls)) {
    if (call.status !== "open" || objected.has(call.id) || answered.acknowledgedCalls.has(call.id)) continue;
    const kind = kindOfCall[call.subject];
    out.push({
      key: `${kind}:${call.id}`,
      kind,
      entityId: call.id,
      text: call.text,
      deadlineAt: call.deadlineAt,
      since: call.calledAt,
      from: null,
    });
  }

  for (const request of Object.values(state.floorRequests)) {
    if (request.delegationId !== delegationId || request.status !== "speaking") continue;
    out.push({
      key: `floor:${request.id}`,
      kind: "floor",
      entityId: request.id,
      text: "",
      deadlineAt: request.deadlineAt,
      since: request.grantedAt ?? request.requestedAt,
      from: null,
    });
  }

  for (const signature of Object.values(state.coSignatures ?? {})) {
    if (signature.delegationId !== delegationId || signature.status !== "pending") continue;
    const joint = state.jointStatements?.[signature.jointId];
    if (!joint) continue;
    out.push({
      key: `cosign:${signature.id}`,
      kind: "cosign",
      entityId: signature.id,
      text: joint.onBehalfOf,
      deadlineAt: null,
      since: signature.invitedAt,
      from: state.delegations[joint.sponsorDelegationId]?.name ?? "",
    });
  }
  return out.sort((a, b) => (a.since === b.since ? (a.key < b.key ? -1 : 1) : a.since < b.since ? -1 : 1));
}
