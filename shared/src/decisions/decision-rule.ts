import { z } from "zod";
import type { Constituency } from "../domain/enums.js";

/**
 * Who decides in a consultation, chosen before the meeting opens:
 * - `council_decides`: the Working Group's practice; the fifteen Council members decide, the
 *   T/PCCs, host States, Secretariat and observers are consulted;
 * - `council_and_tpccs_decide`: a wider rule, e.g. for expectations on the use of force;
 * - `member_states_decide`: every Member State delegation decides.
 * Under every rule, indicative polls are open to every consulted Member State (decisive votes to
 * the deciding delegations), and the Secretariat and observers neither vote nor block consensus.
 */
export const decisionRules = ["council_decides", "council_and_tpccs_decide", "member_states_decide"] as const;
export const decisionRuleSchema = z.enum(decisionRules);
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/** The Working Group's own practice: its members, the Council, decide. */
export const defaultDecisionRule: DecisionRule = "council_decides";

/** The constituencies whose delegations decide (and so may block consensus) under each rule. */
export const decidingConstituencies: Record<DecisionRule, readonly Constituency[]> = {
  council_decides: ["council"],
  council_and_tpccs_decide: ["council", "tpcc"],
  member_states_decide: ["council", "tpcc", "host"],
};

/** Consulted, never deciding: they brief, speak and post positions, but never vote nor block. */
const neverDeciding: readonly Constituency[] = ["secretariat", "observer"];

/** The constituencies of Member State delegations. */
const memberStateConstituencies: readonly Constituency[] = ["council", "tpcc", "host"];

type DelegationLike = { constituencies: readonly Constituency[] };

const excluded = (delegation: DelegationLike) => delegation.constituencies.some((c) => neverDeciding.includes(c));

/** A Member State delegation: a Council member, a T/PCC or a host State, and neither Secretariat nor observer. */
export const isMemberStateDelegation = (delegation: DelegationLike) =>
  !excluded(delegation) && delegation.constituencies.some((c) => memberStateConstituencies.includes(c));

/** Whether a delegation's objection blocks consensus under the rule: deciding delegations only. */
export function mayObject(rule: DecisionRule, delegation: DelegationLike): boolean {
  return !excluded(delegation) && delegation.constituencies.some((c) => decidingConstituencies[rule].includes(c));
}

/**
 * Whether a delegation may cast a ballot. An indicative poll (the default) is open to every
 * consulted Member State, its result reported apart from the decisions; a decisive vote is the
 * deciding delegations' alone. The Secretariat and observers never vote.
 */
export function mayVote(rule: DecisionRule, delegation: DelegationLike, indicative = true): boolean {
  return indicative ? isMemberStateDelegation(delegation) : mayObject(rule, delegation);
}

/** The delegations a poll counts as eligible (its turnout's denominator) under the rule. */
export function eligibleVoters<T extends DelegationLike>(
  rule: DecisionRule,
  delegations: readonly T[],
  indicative = true,
): T[] {
  return delegations.filter((d) => mayVote(rule, d, indicative));
}

/** The delegations whose objection would block consensus under the rule. */
export function decidingDelegations<T extends DelegationLike>(rule: DecisionRule, delegations: readonly T[]): T[] {
  return delegations.filter((d) => mayObject(rule, d));
}

/**
 * The rule is fixed once the room has begun to decide: a change after a poll was opened or a
 * consensus call made would change, after the fact, whose voice counted.
 */
export function decisionRuleLocked(input: {
  polls: readonly { status: string }[];
  calls: readonly unknown[];
}): boolean {
  return input.calls.length > 0 || input.polls.some((p) => p.status !== "draft");
}
