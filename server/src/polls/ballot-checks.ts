import {
  type BallotFrame,
  type CommandPayload,
  type DecisionRule,
  type Delegation,
  type SealedBallot,
  trackerOf,
} from "@trilogue/shared";
import { conflict, DomainError, forbidden } from "../core/errors.js";
import { assertMayVote } from "./eligibility.js";
import type { PollRow } from "./polls.repository.js";
import { canonicalChoices, scopesOf } from "./polls.rules.js";
import { proofPool } from "./proof-pool.js";

export const observersDoNotVote = "Observers are invited to the dialogue but do not vote.";
export const notRegistered = "Your delegation is not registered in this consultation.";

/** A ballot that passed every check: a named one's choices, or a secret one's ciphertexts. */
export type CheckedBallot =
  | { kind: "named"; delegationId: string; choices: number[] }
  | { kind: "sealed"; delegationId: string; ballot: SealedBallot; tracker: string };

/** Refuses a ballot in a poll that is not open. */
export function assertPollOpen(poll: PollRow): void {
  if (poll.status !== "open")
    throw poll.status === "draft"
      ? conflict("The poll is not open yet.", { code: "poll_not_open" })
      : conflict("The poll is closed.", { code: "poll_closed" });
}

const invalid = (message: string, path: string) => new DomainError("VALIDATION", message, [{ path: [path], message }]);

type BallotPayload = Pick<CommandPayload<"ballot:cast">, "choices" | "sealed">;

const frameOf = (poll: PollRow, publicKey: string): BallotFrame => ({
  pollId: poll.id,
  publicKey,
  optionCount: poll.options.length,
  maxChoices: poll.maxChoices,
});

/**
 * The proofs of the sealed ballots among `payloads`, checked in the worker pool as one batch (off
 * the event loop, split among the workers): each one's fault, null when its proofs hold,
 * undefined when there is nothing to check. `checkBallot` then refuses in its usual order (who
 * may vote first), ballot by ballot.
 */
export async function proofFaults(
  poll: PollRow,
  publicKey: string | null,
  payloads: readonly BallotPayload[],
): Promise<(string | null | undefined)[]> {
  const sealed = poll.secret && publicKey ? payloads.flatMap(({ sealed }) => (sealed ? [sealed] : [])) : [];
  const verdicts = publicKey ? await proofPool.faults(frameOf(poll, publicKey), sealed) : [];
  let next = 0;
  return payloads.map(({ sealed: ballot }) => (poll.secret && publicKey && ballot ? verdicts[next++] : undefined));
}

/**
 * The one set of checks every ballot passes, named or secret, cast alone or in a group commit:
 * who may vote, then what the ballot may hold. A secret ballot's proofs are checked against the
 * poll's public key (by `proofFaults`, whose answer is passed in); a proof that fails is a
 * VALIDATION error and nothing is stored.
 */
export function checkBallot(
  poll: PollRow,
  delegation: Delegation | null | undefined,
  payload: BallotPayload,
  publicKey: string | null,
  decisionRule: DecisionRule,
  proofFault: string | null | undefined,
): CheckedBallot {
  if (!delegation) throw forbidden(notRegistered, { code: "delegation_not_registered" });
  if (scopesOf(delegation).length === 0) throw forbidden(observersDoNotVote, { code: "observers_do_not_vote" });
  assertMayVote(decisionRule, delegation, poll.indicative);
  if (!poll.secret) {
    if (payload.sealed || !payload.choices)
      throw invalid("This poll is named: its ballot gives its choices.", "choices");
    return { kind: "named", delegationId: delegation.id, choices: canonicalChoices(poll, payload.choices) };
  }
  if (payload.choices || !payload.sealed)
    throw invalid("This poll is secret: its ballot is sealed in the browser and never carries choices.", "sealed");
  if (!publicKey) throw conflict("The poll's key is not complete.", { code: "poll_key_incomplete" });
  if (proofFault === undefined) throw new Error("the sealed ballot's proofs were not checked");
  if (proofFault) throw invalid(`The sealed ballot is refused: ${proofFault}.`, "sealed");
  return { kind: "sealed", delegationId: delegation.id, ballot: payload.sealed, tracker: trackerOf(payload.sealed) };
}
