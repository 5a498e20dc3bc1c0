import { randomUUID } from "node:crypto";
import type { CoSignature, JointStatement, JointSubject } from "@trilogue/shared";
import { DomainError } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentCoSignature, presentJoint } from "./joint.presenter.js";
import { insertCoSignatures, insertJoint, knownDelegations } from "./joint.repository.js";

/** A joint statement to open: what it is made on, by whom, for which group and co-signatories. */
export type JointInput = {
  subject: JointSubject;
  subjectId: string;
  subjectVersion: number;
  itemId: string;
  sponsorDelegationId: string;
  onBehalfOf: string;
  coSignatories: readonly string[];
  createdBy: string;
};

const invalid = (message: string) => new DomainError("VALIDATION", message, [{ path: ["coSignatories"], message }]);

/**
 * Records a position or proposal as made on behalf of co-signatories, each asked to confirm: until
 * one confirms, the statement does not count for it. Co-signatories are other delegations of the
 * same consultation.
 */
export async function openJointStatement(
  uow: UnitOfWork,
  input: JointInput,
): Promise<{ joint: JointStatement; coSignatures: CoSignature[] }> {
  if (input.coSignatories.includes(input.sponsorDelegationId)) {
    throw invalid("The sponsor is not its own co-signatory.");
  }
  const known = await knownDelegations(uow.tx, uow.consultation.id, input.coSignatories);
  if (known.size !== input.coSignatories.length)
    throw invalid("Every co-signatory must be a delegation of this consultation.");
  const joint = await insertJoint(uow.tx, {
    id: randomUUID(),
    consultationId: uow.consultation.id,
    subject: input.subject,
    subjectId: input.subjectId,
    subjectVersion: input.subjectVersion,
    itemId: input.itemId,
    sponsorDelegationId: input.sponsorDelegationId,
    onBehalfOf: input.onBehalfOf,
    createdBy: input.createdBy,
    createdAt: uow.now,
  });
  const rows = await insertCoSignatures(
    uow.tx,
    input.coSignatories.map((delegationId) => ({
      id: randomUUID(),
      consultationId: uow.consultation.id,
      jointId: joint.id,
      delegationId,
      status: "pending",
      invitedAt: uow.now,
      decidedBy: null,
      decidedAt: null,
    })),
  );
  return { joint: presentJoint(joint), coSignatures: rows.map(presentCoSignature) };
}
