import type { Snapshot } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { acceptances, amendments, expectations, expectationVersions } from "../db/schema.js";
import {
  presentAcceptance,
  presentAmendment,
  presentExpectation,
  presentExpectationVersion,
} from "./expectations.presenter.js";

/** Expectations with every version, amendment and T/PCC record. */
export async function loadExpectationState(
  db: Executor,
  consultationId: string,
): Promise<Pick<Snapshot, "expectations" | "expectationVersions" | "amendments" | "acceptances">> {
  const current = await db.select().from(expectations).where(eq(expectations.consultationId, consultationId));
  const versions = await db
    .select()
    .from(expectationVersions)
    .where(eq(expectationVersions.consultationId, consultationId));
  const proposed = await db.select().from(amendments).where(eq(amendments.consultationId, consultationId));
  const records = await db.select().from(acceptances).where(eq(acceptances.consultationId, consultationId));
  return {
    expectations: current.map(presentExpectation),
    expectationVersions: versions.map(presentExpectationVersion),
    amendments: proposed.map(presentAmendment),
    acceptances: records.map(presentAcceptance),
  };
}
