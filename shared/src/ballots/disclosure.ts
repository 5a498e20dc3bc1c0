import type { Disclosure } from "../decisions/enums.js";
import { type VotingConstituency, votingConstituencies } from "../decisions/enums.js";

/** A counting scope of a secret poll: every ballot, or those of one voting constituency. */
export type TallyScope = "all" | VotingConstituency;

/**
 * How much of a secret result may be decrypted. Delegations with the same voting constituencies
 * (a "group") are the finest thing sums by constituency can tell apart, whatever their
 * differences: dual members make the groups, not the constituencies, the unit. So the breakdown
 * is decrypted only when every group that voted holds at least `floor` ballots; otherwise the
 * overall sum only, and nothing when fewer than `floor` delegations voted at all.
 */
export function disclosureOf(groups: readonly (readonly VotingConstituency[])[], floor: number): Disclosure {
  if (groups.length < floor) return "withheld";
  const sizes = new Map<string, number>();
  for (const group of groups) {
    const key = votingConstituencies.filter((c) => group.includes(c)).join("+");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()].every((size) => size >= floor) ? "by_constituency" : "overall_only";
}

/** The aggregates a disclosure lets the trustees decrypt, in a fixed order. */
export function scopesDisclosed(disclosure: Disclosure): TallyScope[] {
  if (disclosure === "withheld") return [];
  return disclosure === "by_constituency" ? ["all", ...votingConstituencies] : ["all"];
}

/** Whether a ballot of this group counts in the scope. */
export const countsIn = (group: readonly VotingConstituency[], scope: TallyScope) =>
  scope === "all" || group.includes(scope);
