import { type DecisionRule, type Delegation, mayVote } from "@trilogue/shared";
import { type DomainError, forbidden } from "../core/errors.js";

export const consultedDoNotVote =
  "The Secretariat and observers are consulted: they speak and post positions, but do not vote.";

/** The refusal of a ballot under the consultation's decision rule, or null when the delegation may vote. */
export function ballotRefusal(rule: string, delegation: Pick<Delegation, "constituencies">): DomainError | null {
  return mayVote(rule as DecisionRule, delegation)
    ? null
    : forbidden(consultedDoNotVote, { code: "consulted_do_not_vote" });
}

/** Throws the refusal of `ballotRefusal`. */
export function assertMayVote(rule: string, delegation: Pick<Delegation, "constituencies">): void {
  const refused = ballotRefusal(rule, delegation);
  if (refused) throw refused;
}
