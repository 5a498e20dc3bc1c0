import type { Delegation } from "../domain/entities.js";
import { recordFrom } from "../narrow.js";
import type { ConsensusCall } from "./consensus.js";
import { type ExpectationStatus, type ForceLevel, type ThreatActor, threatActors } from "./enums.js";
import { expectationStatus, isAdopted } from "./expectation-status.js";
import type { Acceptance, Expectation } from "./expectations.js";

/** One expectation as a matrix cell shows it. */
export type MatrixEntry = {
  expectationId: string;
  version: number;
  status: ExpectationStatus;
  highestForceLevel: ForceLevel;
  /** T/PCCs accepting without reservation. */
  acceptedBy: string[];
  /** National caveats, by delegation. */
  reservations: { delegationId: string; caveat: string }[];
  nonAcceptances: { delegationId: string; reason: string | null }[];
  /** T/PCCs yet to record on an adopted version (empty before adoption). */
  pending: string[];
};

/** One scenario across the threat actors. */
export type MatrixRow = {
  /** The scenario as first written. */
  scenario: string;
  cells: Record<ThreatActor, MatrixEntry[]>;
};

/** Scenarios by threat actor: every expectation with its status and every reservation. */
export type ExpectationMatrix = { threatActors: readonly ThreatActor[]; rows: MatrixRow[] };

/** Scenarios written with different spacing or case are one row. */
export const scenarioKey = (scenario: string) => scenario.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/**
 * Builds the matrix from the live collections; pure, for every participant's screen and the
 * summary. Rows follow the order in which their first expectation was drafted.
 */
export function expectationMatrix(input: {
  expectations: readonly Expectation[];
  calls: readonly ConsensusCall[];
  acceptances: readonly Acceptance[];
  delegations: readonly Pick<Delegation, "id" | "constituencies">[];
}): ExpectationMatrix {
  const tpccs = input.delegations.filter((d) => d.constituencies.includes("tpcc")).map((d) => d.id);
  const rows = new Map<string, MatrixRow>();
  const ordered = [...input.expectations].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
  );
  for (const expectation of ordered) {
    const key = scenarioKey(expectation.fields.scenario);
    let row = rows.get(key);
    if (!row) {
      const cells = recordFrom(threatActors, (): MatrixEntry[] => []);
      row = { scenario: expectation.fields.scenario, cells };
      rows.set(key, row);
    }
    const records = input.acceptances.filter(
      (a) => a.expectationId === expectation.id && a.version === expectation.version,
    );
    const recorded = new Set(records.map((a) => a.delegationId));
    row.cells[expectation.fields.threatActor].push({
      expectationId: expectation.id,
      version: expectation.version,
      status: expectationStatus(expectation, input.calls, input.acceptances),
      highestForceLevel: expectation.fields.highestForceLevel,
      acceptedBy: records.filter((a) => a.kind === "accepts").map((a) => a.delegationId),
      reservations: records
        .filter((a) => a.kind === "accepts_with_reservation")
        .map((a) => ({ delegationId: a.delegationId, caveat: a.caveat ?? "" })),
      nonAcceptances: records
        .filter((a) => a.kind === "does_not_accept")
        .map((a) => ({ delegationId: a.delegationId, reason: a.caveat })),
      pending: isAdopted(expectation, input.calls) ? tpccs.filter((id) => !recorded.has(id)) : [],
    });
  }
  return { threatActors, rows: [...rows.values()] };
}
