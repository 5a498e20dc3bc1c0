import type { ConsensusCall } from "../decisions/consensus.js";
import type { ThreatActor } from "../decisions/enums.js";
import { expectationStatus } from "../decisions/expectation-status.js";
import type { Acceptance, Expectation, ExpectationVersion } from "../decisions/expectations.js";
import { scenarioKey } from "../decisions/matrix.js";
import type { Delegation } from "../domain/entities.js";
import { type Constituency, constituencies } from "../domain/enums.js";
import { recordFrom } from "../narrow.js";
import type { BreakdownDisclosure } from "./entities.js";
import { hiddenConstituencies } from "./privacy.js";

/** An agreed expectation that asks of a T/PCC's contingent what its caveat covers. */
export type CaveatConflict = {
  expectationId: string;
  version: number;
  scenario: string;
  /** What the expectation asks of T/PCCs (its `responsibilities.tpccs`). */
  requires: string;
};

/** One national caveat: delegation, expectation, scenario, text, date, and any collision. */
export type CaveatEntry = {
  acceptanceId: string;
  delegationId: string;
  expectationId: string;
  version: number;
  /** Recorded on the expectation's current version; an older one's caveat is history only. */
  current: boolean;
  scenario: string;
  threatActor: ThreatActor;
  caveat: string;
  recordedAt: string;
  /** Empty when the caveat collides with nothing agreed. */
  conflicts: CaveatConflict[];
};

/** The register of national caveats, newest first, with counts by constituency. */
export type CaveatsRegister = {
  entries: CaveatEntry[];
  /** Current caveats by the constituencies of their delegations; null where privacy hides it. */
  byConstituency: Record<Constituency, number | null>;
  /** Current caveats with at least one collision. */
  conflicted: number;
};

const agreed = new Set(["agreed", "agreed_with_reservations"]);

/**
 * Builds the caveats register from the expectations' live state. Every reservation a T/PCC records
 * enters it. A current caveat is flagged where an agreed expectation on the same scenario (spacing
 * and case aside; the caveat's own expectation included) asks something of T/PCCs' contingents:
 * that expectation requires of the T/PCC what its caveat reserves. A caveat on an expectation that
 * asks nothing of T/PCCs, or whose scenario no agreed expectation covers, is not flagged. Pure.
 */
export function caveatsRegister(input: {
  expectations: readonly Expectation[];
  expectationVersions: readonly ExpectationVersion[];
  calls: readonly ConsensusCall[];
  acceptances: readonly Acceptance[];
  delegations: readonly Delegation[];
  disclosures: readonly BreakdownDisclosure[];
}): CaveatsRegister {
  const expectations = new Map(input.expectations.map((e) => [e.id, e]));
  const versions = new Map(input.expectationVersions.map((v) => [`${v.expectationId} ${v.version}`, v]));
  const delegations = new Map(input.delegations.map((d) => [d.id, d]));
  const binding = input.expectations.filter(
    (e) =>
      agreed.has(expectationStatus(e, input.calls, input.acceptances)) && e.fields.responsibilities.tpccs.trim() !== "",
  );
  const entries: CaveatEntry[] = [];
  for (const record of input.acceptances) {
    if (record.kind !== "accepts_with_reservation") continue;
    const expectation = expectations.get(record.expectationId);
    if (!expectation) continue;
    const fields = versions.get(`${record.expectationId} ${record.version}`)?.fields ?? expectation.fields;
    const current = record.version === expectation.version;
    const key = scenarioKey(fields.scenario);
    entries.push({
      acceptanceId: record.id,
      delegationId: record.delegationId,
      expectationId: record.expectationId,
      version: record.version,
      current,
      scenario: fields.scenario,
      threatActor: fields.threatActor,
      caveat: record.caveat ?? "",
      recordedAt: record.recordedAt,
      conflicts: current
        ? binding
            .filter((e) => scenarioKey(e.fields.scenario) === key)
            .map((e) => ({
              expectationId: e.id,
              version: e.version,
              scenario: e.fields.scenario,
              requires: e.fields.responsibilities.tpccs,
            }))
        : [],
    });
  }
  entries.sort((a, b) =>
    a.recordedAt === b.recordedAt ? (a.acceptanceId < b.acceptanceId ? 1 : -1) : a.recordedAt < b.recordedAt ? 1 : -1,
  );
  const hidden = hiddenConstituencies(input.delegations, input.disclosures);
  const byConstituency = recordFrom(constituencies, (constituency): number | null =>
    hidden.has(constituency) ? null : 0,
  );
  for (const entry of entries) {
    if (!entry.current) continue;
    for (const constituency of new Set(delegations.get(entry.delegationId)?.constituencies ?? [])) {
      const count = byConstituency[constituency];
      if (count !== null) byConstituency[constituency] = count + 1;
    }
  }
  return { entries, byConstituency, conflicted: entries.filter((e) => e.current && e.conflicts.length > 0).length };
}
