import type { Snapshot } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { consensusCalls, objections } from "../db/schema.js";
import { presentCall, presentObjection } from "./consensus.presenter.js";

/** Every consensus call and objection of the consultation. */
export async function loadConsensusState(
  db: Executor,
  consultationId: string,
): Promise<Pick<Snapshot, "consensusCalls" | "objections">> {
  const calls = await db.select().from(consensusCalls).where(eq(consensusCalls.consultationId, consultationId));
  const raised = await db.select().from(objections).where(eq(objections.consultationId, consultationId));
  return { consensusCalls: calls.map(presentCall), objections: raised.map(presentObjection) };
}
