import type { PositionBreakdown, StanceCounts } from "../decisions/position-breakdown.js";
import type { Delegation } from "../domain/entities.js";
import { type Constituency, constituencies } from "../domain/enums.js";
import { recordFrom } from "../narrow.js";
import type { BreakdownDisclosure } from "./entities.js";

/**
 * The constituencies a breakdown must not show: those with exactly one registered delegation
 * (often the host State), whose "group" figure would name it, unless the chair has allowed it.
 * Pure.
 */
export function hiddenConstituencies(
  delegations: readonly Pick<Delegation, "constituencies">[],
  disclosures: readonly Pick<BreakdownDisclosure, "id">[],
): Set<Constituency> {
  const allowed = new Set(disclosures.map((disclosure) => disclosure.id));
  const members = new Map<Constituency, number>();
  for (const delegation of delegations) {
    for (const constituency of new Set(delegation.constituencies)) {
      members.set(constituency, (members.get(constituency) ?? 0) + 1);
    }
  }
  return new Set(constituencies.filter((c) => members.get(c) === 1 && !allowed.has(c)));
}

/** A position breakdown whose hidden constituencies read null (shown as withheld). */
export type MaskedPositionBreakdown = Omit<PositionBreakdown, "byConstituency"> & {
  byConstituency: Record<Constituency, StanceCounts | null>;
};

/** Withholds the hidden constituencies' figures; the overall figures stay. Pure. */
export function maskBreakdown(
  breakdown: PositionBreakdown,
  hidden: ReadonlySet<Constituency>,
): MaskedPositionBreakdown {
  const byConstituency = recordFrom(constituencies, (constituency): StanceCounts | null =>
    hidden.has(constituency) ? null : breakdown.byConstituency[constituency],
  );
  return { ...breakdown, byConstituency };
}
