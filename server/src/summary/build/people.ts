import type { FloorRequest } from "@trilogue/shared";
import { constituencies } from "@trilogue/shared";
import { type BuildContext, byKey, orderedConstituencies } from "./context.js";
import type { ItemSpeakers, SpeakerTurn, SummaryAttendance } from "./document.js";

/** Delegations present (a member joined) against those registered, by constituency. */
export function buildAttendance(ctx: BuildContext): SummaryAttendance {
  const { delegations, participants } = ctx.snapshot;
  const present = new Set(participants.flatMap((p) => (p.delegationId ? [p.delegationId] : [])));
  const byConstituency = constituencies.flatMap((constituency) => {
    const members = delegations.filter((d) => d.constituencies.includes(constituency));
    if (members.length === 0) return [];
    const here = members.filter((d) => present.has(d.id));
    return [
      {
        constituency,
        present: here.length,
        registered: members.length,
        delegations: ctx.attribution.namesDelegations ? here.map((d) => d.name).sort() : null,
      },
    ];
  });
  return {
    present: delegations.filter((d) => present.has(d.id)).length,
    registered: delegations.length,
    byConstituency,
  };
}

/** Whole seconds a turn lasted; a turn still running is counted up to the summary's time. */
function turnSeconds(request: FloorRequest, now: Date): number {
  if (!request.grantedAt) return 0;
  const end = request.endedAt ? Date.parse(request.endedAt) : now.getTime();
  return Math.max(0, Math.round((end - Date.parse(request.grantedAt)) / 1000));
}

/**
 * The list of speakers' record per item: every turn on the record; turns and time by constituency
 * in Chatham House (so no one turn can be told apart); totals only when closed.
 */
export function buildSpeakers(ctx: BuildContext): ItemSpeakers[] {
  const turns = ctx.snapshot.floorRequests.filter((r) => r.grantedAt !== null).sort(byKey((r) => r.grantedAt ?? ""));
  return [...ctx.itemNumbers].flatMap(([itemId, itemNumber]) => {
    const own = turns.filter((r) => r.itemId === itemId);
    if (own.length === 0) return [];
    const seconds = own.map((r) => turnSeconds(r, ctx.now));
    const total = seconds.reduce((sum, s) => sum + s, 0);
    const record: SpeakerTurn[] | null = ctx.attribution.namesDelegations
      ? own.map((r, index) => ({
          delegation: ctx.delegation(r.delegationId)?.name ?? "",
          kind: r.kind,
          grantedAt: r.grantedAt ?? "",
          seconds: seconds[index] ?? 0,
        }))
      : null;
    const byConstituency =
      ctx.attribution.namesConstituencies && !ctx.attribution.namesDelegations
        ? constituencies.flatMap((constituency) => {
            // Below the disclosure floor, a constituency's turns would be its lone delegation's.
            if (ctx.hidden.has(constituency)) return [];
            let count = 0;
            let time = 0;
            own.forEach((r, index) => {
              const member = orderedConstituencies(ctx.delegation(r.delegationId)?.constituencies ?? []);
              if (!member.includes(constituency)) return;
              count += 1;
              time += seconds[index] ?? 0;
            });
            return count > 0 ? [{ constituency, turns: count, seconds: time }] : [];
          })
        : null;
    return [{ itemNumber, turns: own.length, seconds: total, record, byConstituency }];
  });
}
