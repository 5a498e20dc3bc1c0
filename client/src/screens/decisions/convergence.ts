import { type Constituency, constituencies, type PositionBreakdown, type Stance, stances } from "@trilogue/shared";

/** The most common stance of each constituency that stated one (ties resolve to the earlier stance). */
export function leaningByConstituency(breakdown: PositionBreakdown): Partial<Record<Constituency, Stance>> {
  const leaning: Partial<Record<Constituency, Stance>> = {};
  for (const c of constituencies) {
    const counts = breakdown.byConstituency[c];
    let best: Stance | null = null;
    for (const stance of stances)
      if (counts[stance] > 0 && (best === null || counts[stance] > counts[best])) best = stance;
    if (best) leaning[c] = best;
  }
  return leaning;
}

/** Whether the constituencies that stated a stance lean different ways. */
export function diverges(leaning: Partial<Record<Constituency, Stance>>): boolean {
  return new Set(Object.values(leaning)).size > 1;
}
