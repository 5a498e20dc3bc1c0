import type { Delegation } from "../domain/entities.js";
import { type Constituency, constituencies } from "../domain/enums.js";
import { recordFrom } from "../narrow.js";
import { type Stance, stances } from "./enums.js";
import type { Position } from "./positions.js";

/** Counts of each stance. */
export type StanceCounts = Record<Stance, number>;

/** Where the room stands on one item, overall and by constituency. */
export type PositionBreakdown = {
  /** Each delegation with a position counts once here. */
  overall: StanceCounts;
  /** A delegation counts in every constituency it belongs to (observers too: a position is not a vote). */
  byConstituency: Record<Constituency, StanceCounts>;
  /** Delegations with a position on the item. */
  total: number;
};

const zero = (): StanceCounts => recordFrom(stances, () => 0);

/**
 * The breakdown of stances on an item. Pure, shared by server and client. Positions of unknown
 * delegations are ignored; if a delegation appears twice, its latest version counts.
 */
export function positionBreakdown(
  positions: readonly Position[],
  delegations: readonly Delegation[],
  itemId: string,
): PositionBreakdown {
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  const latest = new Map<string, Position>();
  for (const position of positions) {
    if (position.itemId !== itemId || !byId.has(position.delegationId)) continue;
    const seen = latest.get(position.delegationId);
    if (!seen || seen.version < position.version) latest.set(position.delegationId, position);
  }
  const breakdown: PositionBreakdown = {
    overall: zero(),
    byConstituency: recordFrom(constituencies, zero),
    total: latest.size,
  };
  for (const position of latest.values()) {
    breakdown.overall[position.stance] += 1;
    for (const constituency of new Set(byId.get(position.delegationId)?.constituencies ?? [])) {
      breakdown.byConstituency[constituency][position.stance] += 1;
    }
  }
  return breakdown;
}
