import type { Delegation, Participant } from "../domain/entities.js";
import { recordFrom } from "../narrow.js";
import { type VotingConstituency, votingConstituencies } from "./enums.js";
import type { ConstituencyCounts, TurnoutCounts } from "./polls.js";

/** A ballot as the tally reads it: whose, and which option indexes. */
export type BallotLike = { delegationId: string; choices: readonly number[] };

/** A full tally: counts per option overall and by constituency, with turnout and eligibility. */
export type PollTally = {
  turnout: TurnoutCounts;
  eligible: TurnoutCounts;
  overall: number[];
  byConstituency: Record<VotingConstituency, number[]>;
};

type DelegationLike = Pick<Delegation, "id" | "constituencies">;

/** The constituencies a delegation votes in: all of its own but the observers'. */
export function votingConstituenciesOf(delegation: Pick<Delegation, "constituencies">): VotingConstituency[] {
  return votingConstituencies.filter((c) => delegation.constituencies.includes(c));
}

/** A delegation has a ballot iff it belongs to at least one voting constituency. */
export const isVotingDelegation = (delegation: Pick<Delegation, "constituencies">) =>
  votingConstituenciesOf(delegation).length > 0;

/** Zero for every voting constituency. */
export const zeroConstituencyCounts = (): ConstituencyCounts => recordFrom(votingConstituencies, () => 0);

/** Counts delegations overall (once each) and in each voting constituency they belong to. */
export function countDelegations(delegations: readonly DelegationLike[]): TurnoutCounts {
  const counts: TurnoutCounts = { overall: 0, byConstituency: zeroConstituencyCounts() };
  for (const delegation of delegations) {
    const voting = votingConstituenciesOf(delegation);
    if (voting.length === 0) continue;
    counts.overall += 1;
    for (const c of voting) counts.byConstituency[c] += 1;
  }
  return counts;
}

/**
 * Voting delegations present now: those with at least one delegate among the online participants
 * (the `presence` message). Turnout is stored against registered delegations; clients show this too.
 */
export function presentCounts(
  delegations: readonly DelegationLike[],
  participants: readonly Pick<Participant, "id" | "role" | "delegationId">[],
  online: readonly string[],
): TurnoutCounts {
  const here = new Set(online);
  const present = new Set(
    participants.filter((p) => p.role === "delegate" && p.delegationId && here.has(p.id)).map((p) => p.delegationId),
  );
  return countDelegations(delegations.filter((d) => present.has(d.id)));
}

/**
 * Tallies ballots: one per voting delegation (the last in the list counts), each counted once
 * overall and once in each of its voting constituencies. Ballots of unknown or non-voting
 * delegations, repeated choices and choices outside the options are ignored. Pure.
 */
export function tallyBallots(
  optionCount: number,
  ballots: readonly BallotLike[],
  delegations: readonly DelegationLike[],
): PollTally {
  const byId = new Map(delegations.map((d) => [d.id, d]));
  const last = new Map<string, readonly number[]>();
  for (const ballot of ballots) {
    const delegation = byId.get(ballot.delegationId);
    if (delegation && isVotingDelegation(delegation)) last.set(ballot.delegationId, ballot.choices);
  }
  const zeros = () => Array.from({ length: optionCount }, () => 0);
  const tally: PollTally = {
    turnout: countDelegations([...last.keys()].flatMap((id) => byId.get(id) ?? [])),
    eligible: countDelegations(delegations),
    overall: zeros(),
    byConstituency: recordFrom(votingConstituencies, zeros),
  };
  for (const [delegationId, choices] of last) {
    const scopes = votingConstituenciesOf(byId.get(delegationId) ?? { constituencies: [] });
    for (const choice of new Set(choices)) {
      if (!Number.isInteger(choice) || choice < 0 || choice >= optionCount) continue;
      tally.overall[choice] = (tally.overall[choice] ?? 0) + 1;
      for (const c of scopes) tally.byConstituency[c][choice] = (tally.byConstituency[c][choice] ?? 0) + 1;
    }
  }
  return tally;
}
