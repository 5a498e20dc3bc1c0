import { type DecisionRule, type Delegation, isMemberStateDelegation, mayVote } from "@trilogue/shared";
import { type DomainError, forbidden } from "../core/errors.js";

export const consultedDoNotVote =
  "The Secretariat and observers are consulted: they speak and post positions, but do not vote.";

export const decisiveVote =
  "This is a decisive vote: under this consultation's decision rule, your delegation is consulted but does not decide.";

/**
 * The refusal of a ballot under the consultation's decision rule, or null when the delegation may
 * vote: every consulted Member State in an indicative poll, the deciding delegations in a decisive vote.
 */
export function ballotRefusal(
  rule: DecisionRule,
  delegation: Pick<Delegation, "constituencies">,
  indicative = true,
): DomainError | null {
  if (mayVote(rule, delegation, indicative)) return null;
  return isMemberStateDelegation(delegation)
    ? forbidden(decisiveVote, { code: "decisive_vote_not_deciding" })
    : forbidden(consultedDoNotVote, { code: "consulted_do_not_vote" });
}

/** Throws the refusal of `ballotRefusal`. */
export function assertMayVote(
  rule: DecisionRule,
  delegation: Pick<Delegation, "constituencies">,
  indicative = true,
): void {
  const refused = ballotRefusal(rule, delegation, indicative);
  if (refused) throw refused;
}
