import { acceptanceKinds, expectationStatus, isAdopted } from "@trilogue/shared";
import { type BuildContext, byKey } from "./context.js";
import type { SummaryAcceptance, SummaryExpectation } from "./document.js";

const kindRank = new Map(acceptanceKinds.map((kind, index) => [kind, index]));

/**
 * The expectations on the use of force, in drafting order, with their status and every reservation
 * and non-acceptance of their current version: by delegation on the record, by constituency in
 * Chatham House, unattributed when closed. Plain acceptances are counted.
 */
export function buildExpectations(ctx: BuildContext): SummaryExpectation[] {
  const { expectations, consensusCalls, acceptances, delegations } = ctx.snapshot;
  const tpccs = delegations.filter((d) => d.constituencies.includes("tpcc")).length;
  return [...expectations].sort(byKey((e) => `${e.createdAt} ${e.id}`)).map((expectation, index) => {
    const own = acceptances.filter((a) => a.expectationId === expectation.id && a.version === expectation.version);
    const records: SummaryAcceptance[] = own
      .filter((a) => a.kind !== "accepts")
      .map((a) => {
        const delegation = ctx.delegation(a.delegationId);
        return {
          kind: a.kind,
          delegation: ctx.attribution.namesDelegations ? (delegation?.name ?? null) : null,
          constituencies: ctx.attribution.namesConstituencies
            ? ctx.shownConstituencies(delegation?.constituencies ?? [])
            : null,
          caveat: a.caveat === null ? null : ctx.text(a.caveat),
        };
      })
      .sort(byKey((r) => `${kindRank.get(r.kind) ?? 0} ${r.delegation ?? ""} ${r.caveat ?? ""}`));
    const { fields } = expectation;
    return {
      number: index + 1,
      itemNumber: expectation.itemId ? (ctx.itemNumbers.get(expectation.itemId) ?? null) : null,
      version: expectation.version,
      status: expectationStatus(expectation, consensusCalls, acceptances),
      scenario: ctx.text(fields.scenario),
      threatActor: fields.threatActor,
      tiers: fields.tiers,
      phases: fields.phases,
      highestForceLevel: fields.highestForceLevel,
      conditions: { ...fields.conditions, notes: ctx.text(fields.conditions.notes) },
      responsibilities: {
        council: ctx.text(fields.responsibilities.council),
        tpccs: ctx.text(fields.responsibilities.tpccs),
        secretariat: ctx.text(fields.responsibilities.secretariat),
        host_state: ctx.text(fields.responsibilities.host_state),
        mission: ctx.text(fields.responsibilities.mission),
      },
      accepted: own.filter((a) => a.kind === "accepts").length,
      records,
      pending: isAdopted(expectation, consensusCalls) ? Math.max(0, tpccs - own.length) : 0,
    };
  });
}
