import { createHash } from "node:crypto";
import {
  type Delegation,
  type Disclosure,
  limits,
  type PollKind,
  type PollResult,
  type ResultsVisibility,
  type TurnoutCounts,
  type VotingConstituency,
  votingConstituencies,
  votingConstituenciesOf,
  yesNoAbstainOptions,
} from "@trilogue/shared";
import { conflict } from "../core/errors.js";

/** A secret poll's counting scopes: every ballot counts in "all" and in each voting constituency of its delegation. */
export type Scope = "all" | VotingConstituency;
export const scopes: readonly Scope[] = ["all", ...votingConstituencies];

/** The options a poll offers: fixed for yes/no/abstain. */
export function pollOptions(kind: PollKind, options: readonly string[]): string[] {
  return kind === "yes_no_abstain" ? [...yesNoAbstainOptions] : [...options];
}

/** How many options a ballot may mark. */
export function pollMaxChoices(kind: PollKind, maxChoices: number | undefined, optionCount: number): number {
  return kind === "multiple_choice" ? (maxChoices ?? optionCount) : 1;
}

/** Secret polls show results on close only, so that no tally change can be matched to a ballot. */
export function pollVisibility(secret: boolean, requested: ResultsVisibility | undefined): ResultsVisibility {
  return secret ? "on_close" : (requested ?? "live");
}

/** A ballot marks existing options, no more than allowed; returns them in canonical (ascending) order. */
export function canonicalChoices(poll: { options: readonly string[]; maxChoices: number }, choices: readonly number[]) {
  const unique = [...new Set(choices)].sort((a, b) => a - b);
  if (unique.length === 0) throw conflict("A ballot marks at least one option.");
  if (unique.some((choice) => choice >= poll.options.length))
    throw conflict("The ballot marks an option the poll does not have.");
  if (unique.length > poll.maxChoices) {
    throw conflict(
      poll.maxChoices === 1 ? "This poll takes one choice." : `This poll takes at most ${poll.maxChoices} choices.`,
    );
  }
  return unique;
}

/** The scopes a delegation's secret ballot counts in; empty for a delegation that does not vote. */
export const scopesOf = (delegation: Pick<Delegation, "constituencies">): Scope[] => {
  const voting = votingConstituenciesOf(delegation);
  return voting.length ? ["all", ...voting] : [];
};

/**
 * The receipt of a secret ballot as stored: a hash of the poll, the delegation, its scopes, the
 * client's 256-bit nonce and the choices. Without the nonce (which only the client holds) it
 * cannot be tested against any choice; a changed constituency set no longer matches.
 */
export function receiptHash(
  pollId: string,
  delegationId: string,
  scopeList: readonly Scope[],
  nonce: string,
  choices: readonly number[],
): string {
  const canonical = [...new Set(choices)].sort((a, b) => a - b);
  return createHash("sha256")
    .update(
      ["trilogue-secret-ballot-v1", pollId, delegationId, scopeList.join("+"), nonce, canonical.join(",")].join("\n"),
    )
    .digest("hex");
}

/** Counter changes of one secret ballot (or of its replacement): +1 per new mark, −1 per replaced mark. */
export function countDelta(
  scopeList: readonly Scope[],
  replaced: readonly number[] | null,
  next: readonly number[],
): Map<string, number> {
  const delta = new Map<string, number>();
  const add = (choices: readonly number[], by: number) => {
    for (const scope of scopeList) {
      for (const option of new Set(choices)) {
        const key = counterKey(scope, option);
        delta.set(key, (delta.get(key) ?? 0) + by);
      }
    }
  };
  if (replaced) add(replaced, -1);
  add(next, 1);
  for (const [key, value] of delta) if (value === 0) delta.delete(key);
  return delta;
}

export const counterKey = (scope: Scope, option: number) => `${scope}:${option}`;

/**
 * How much of a secret result may be published. A group of delegations with the same voting
 * constituencies is the finest thing sums by constituency can isolate (dual members make the
 * groups, not the constituencies, the unit), so the breakdown is published only when every group
 * that voted holds at least `floor` ballots; otherwise the overall result only, and nothing when
 * fewer than `floor` delegations voted at all.
 */
export function secretDisclosure(
  voters: readonly Pick<Delegation, "constituencies">[],
  floor: number = limits.secretTallyFloor,
): Disclosure {
  if (voters.length < floor) return "withheld";
  const groups = new Map<string, number>();
  for (const voter of voters) {
    const key = votingConstituenciesOf(voter).join("+");
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.values()].every((size) => size >= floor) ? "by_constituency" : "overall_only";
}

/** The published result of a secret poll from its counters, within what its disclosure allows. */
export function secretResult(input: {
  optionCount: number;
  counters: ReadonlyMap<string, number>;
  voters: readonly Pick<Delegation, "constituencies">[];
  turnout: TurnoutCounts;
  eligible: TurnoutCounts;
}): PollResult {
  const disclosure = secretDisclosure(input.voters);
  const row = (scope: Scope) =>
    Array.from({ length: input.optionCount }, (_, option) => input.counters.get(counterKey(scope, option)) ?? 0);
  const byConstituency: PollResult["byConstituency"] = {};
  if (disclosure === "by_constituency") for (const c of votingConstituencies) byConstituency[c] = row(c);
  return {
    disclosure,
    turnout: input.turnout,
    eligible: input.eligible,
    overall: disclosure === "withheld" ? null : row("all"),
    byConstituency,
  };
}
