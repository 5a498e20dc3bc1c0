import { randomUUID } from "node:crypto";
import type { DelegateMe, Stance } from "@trilogue/shared";
import { getItem } from "../agenda/agenda.repository.js";
import { assertLive } from "../consultations/consultations.rules.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentPosition, presentPositionVersion } from "./positions.presenter.js";
import { discardDraft, findPosition, publishVersion } from "./positions.repository.js";
import { assertItemTakesPositions, nextPositionVersion } from "./positions.rules.js";

/**
 * Publishes the next version of a delegation's position on an item, announces it, and drops the
 * draft it supersedes; used alone and under a joint statement.
 */
export async function publishPosition(
  uow: UnitOfWork,
  me: DelegateMe,
  input: { itemId: string; stance: Stance; statement: string },
) {
  const { tx, consultation, now, emit } = uow;
  assertLive(consultation.status);
  assertItemTakesPositions(await getItem(tx, consultation.id, input.itemId));
  const { delegationId } = me;
  const existing = await findPosition(tx, input.itemId, delegationId);
  const { current, version } = await publishVersion(tx, {
    id: existing?.id ?? randomUUID(),
    consultationId: consultation.id,
    itemId: input.itemId,
    delegationId,
    stance: input.stance,
    statement: input.statement,
    version: nextPositionVersion(existing),
    publishedBy: me.participantId,
    publishedAt: now,
  });
  // The published text supersedes the delegation's draft on this item.
  await discardDraft(tx, input.itemId, delegationId);
  emit("position:published", {
    upsert: { positions: [presentPosition(current)], positionVersions: [presentPositionVersion(version, current)] },
  });
  return current;
}
