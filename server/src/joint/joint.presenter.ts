import type { CoSignature, JointStatement } from "@trilogue/shared";
import type { coSignatures, jointStatements } from "../db/schema.js";

export function presentJoint(row: typeof jointStatements.$inferSelect): JointStatement {
  return {
    id: row.id,
    subject: row.subject,
    subjectId: row.subjectId,
    subjectVersion: row.subjectVersion,
    itemId: row.itemId,
    sponsorDelegationId: row.sponsorDelegationId,
    onBehalfOf: row.onBehalfOf,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentCoSignature(row: typeof coSignatures.$inferSelect): CoSignature {
  return {
    id: row.id,
    jointId: row.jointId,
    delegationId: row.delegationId,
    status: row.status,
    invitedAt: row.invitedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
  };
}
