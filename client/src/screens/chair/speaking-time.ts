import { type Constituency, constituencies, type Delegation, type FloorRequest } from "@trilogue/shared";

/** Turns taken and whole seconds spoken by one constituency. */
export type ConstituencyTime = { constituency: Constituency; turns: number; seconds: number };

/** Seconds a turn has lasted by `now`: to its end, to its pause, or still running. */
function spokenSeconds(request: FloorRequest, now: number): number {
  if (!request.grantedAt) return 0;
  const end = request.endedAt ?? request.pausedAt ?? null;
  const until = end ? Date.parse(end) : now;
  return Math.max(0, Math.round((until - Date.parse(request.grantedAt)) / 1000));
}

/**
 * Speaking time used in the meeting by constituency, as the summary counts it (a delegation in two
 * constituencies counts in both), for the chair while the meeting runs. Pure.
 */
export function speakingTimeByConstituency(
  requests: readonly FloorRequest[],
  delegations: Readonly<Record<string, Delegation>>,
  now: number,
): ConstituencyTime[] {
  const totals = new Map<Constituency, ConstituencyTime>();
  for (const request of requests) {
    if (!request.grantedAt) continue;
    const seconds = spokenSeconds(request, now);
    for (const constituency of delegations[request.delegationId]?.constituencies ?? []) {
      const total = totals.get(constituency) ?? { constituency, turns: 0, seconds: 0 };
      total.turns += 1;
      total.seconds += seconds;
      totals.set(constituency, total);
    }
  }
  return constituencies.flatMap((constituency) => {
    const total = totals.get(constituency);
    return total ? [total] : [];
  });
}
