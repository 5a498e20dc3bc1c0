import {
  type Delegation,
  type PollKind,
  type ResultsVisibility,
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
  if (unique.length === 0) throw conflict("A ballot marks at least one option.", { code: "ballot_empty" });
  if (unique.some((choice) => choice >= poll.options.length))
    throw conflict("The ballot marks an option the poll does not have.", { code: "ballot_unknown_option" });
  if (unique.length > poll.maxChoices) {
    throw conflict(
      poll.maxChoices === 1 ? "This poll takes one choice." : `This poll takes at most ${poll.maxChoices} choices.`,
      { code: "ballot_too_many_choices", params: { max: poll.maxChoices } },
    );
  }
  return unique;
}

/** The scopes a delegation's secret ballot counts in; empty for a delegation that does not vote. */
export const scopesOf = (delegation: Pick<Delegation, "constituencies">): Scope[] => {
  const voting = votingConstituenciesOf(delegation);
  return voting.length ? ["all", ...voting] : [];
};
