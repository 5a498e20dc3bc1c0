import type { Snapshot } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { coSignatures, jointStatements } from "../db/schema.js";
import { presentCoSignature, presentJoint } from "./joint.presenter.js";

/** Every joint statement of the consultation and every co-signatory's answer. */
export async function loadJointState(
  db: Executor,
  consultationId: string,
): Promise<Required<Pick<Snapshot, "jointStatements" | "coSignatures">>> {
  const joints = await db.select().from(jointStatements).where(eq(jointStatements.consultationId, consultationId));
  const signatures = await db.select().from(coSignatures).where(eq(coSignatures.consultationId, consultationId));
  return { jointStatements: joints.map(presentJoint), coSignatures: signatures.map(presentCoSignature) };
}
