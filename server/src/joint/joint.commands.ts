import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, forbidden } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { findPosition } from "../positions/positions.repository.js";
import { publishPosition } from "../positions/positions.service.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentCoSignature } from "./joint.presenter.js";
import { answerCoSignature, getCoSignature, getJoint } from "./joint.repository.js";
import { openJointStatement } from "./joint.service.js";

type JointCommand = "joint:post-position" | "joint:confirm" | "joint:decline";

/**
 * Joint statements: a delegate publishes its delegation's position "on behalf of" a group, naming
 * the co-signatories; each co-signatory's delegate confirms or declines. Breakdowns count the
 * position for a co-signatory only once confirmed, and only while the sponsor has not revised it.
 */
export const jointCommands: Pick<CommandHandlers, JointCommand> = {
  "joint:post-position": {
    async run(uow, { itemId, stance, statement, onBehalfOf, coSignatories }, me) {
      const current = await publishPosition(uow, me, { itemId, stance, statement });
      const delegationId = me.delegationId;
      const opened = await openJointStatement(uow, {
        subject: "position",
        subjectId: current.id,
        subjectVersion: current.version,
        itemId,
        sponsorDelegationId: delegationId,
        onBehalfOf,
        coSignatories,
        createdBy: me.participantId,
      });
      uow.emit("joint:posted", { upsert: { jointStatements: [opened.joint], coSignatures: opened.coSignatures } });
      return opened.joint.id;
    },
  },

  "joint:confirm": {
    run: (uow, { coSignatureId }, me) => answer(uow, coSignatureId, me, "confirmed"),
  },

  "joint:decline": {
    run: (uow, { coSignatureId }, me) => answer(uow, coSignatureId, me, "declined"),
  },
};

/** A co-signatory's delegate answers for it; a statement whose position was revised since has lapsed. */
async function answer(
  uow: UnitOfWork,
  coSignatureId: string,
  me: { participantId: string; delegationId: string | null },
  status: "confirmed" | "declined",
): Promise<undefined> {
  assertNotClosed(uow.consultation.status);
  const row = await getCoSignature(uow.tx, uow.consultation.id, coSignatureId);
  if (row.delegationId !== me.delegationId)
    throw forbidden("Only the co-signatory's own delegates answer for it.", { code: "cosignatory_not_yours" });
  if (row.status === status)
    throw conflict(`Your delegation has already ${status} it.`, {
      code: status === "confirmed" ? "cosignature_already_confirmed" : "cosignature_already_declined",
    });
  const joint = await getJoint(uow.tx, row.jointId);
  if (joint.subject === "position") {
    const position = await findPosition(uow.tx, joint.itemId, joint.sponsorDelegationId);
    if (position && position.version !== joint.subjectVersion) {
      throw conflict("The sponsor has revised its position since: this joint statement has lapsed.", {
        code: "joint_statement_lapsed",
      });
    }
  }
  const updated = await answerCoSignature(uow.tx, row.id, { status, decidedBy: me.participantId, decidedAt: uow.now });
  uow.emit(status === "confirmed" ? "cosignature:confirmed" : "cosignature:declined", {
    upsert: { coSignatures: [presentCoSignature(updated)] },
  });
  return undefined;
}
