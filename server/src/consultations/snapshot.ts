import type { Snapshot } from "@trilogue/shared";
import { and, asc, eq } from "drizzle-orm";
import { presentItem } from "../agenda/agenda.presenter.js";
import { loadDisclosureState } from "../caveats/disclosures.repository.js";
import { loadConsensusState } from "../consensus/consensus.snapshot.js";
import { notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import {
  agendaItems,
  consultationEvents,
  consultations,
  delegations,
  floorRequests,
  participants,
} from "../db/schema.js";
import { loadDraftingState } from "../drafting/drafting.snapshot.js";
import { loadExpectationState } from "../expectations/expectations.snapshot.js";
import { presentFloorRequest } from "../floor/floor.presenter.js";
import { loadJointState } from "../joint/joint.snapshot.js";
import { loadPollState } from "../polls/polls.snapshot.js";
import { loadPositionState } from "../positions/positions.snapshot.js";
import { presentConsultation, presentDelegation, presentParticipant } from "./consultations.presenter.js";

/**
 * The whole state of a consultation at one sequence number: read in a repeatable-read
 * transaction so that the rows and `seq` belong to the same moment.
 */
export function loadSnapshot(db: Db, consultationId: string): Promise<Snapshot> {
  return db.transaction(
    async (tx) => {
      const [consultation] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
      if (!consultation) throw notFound("No such consultation.", { code: "consultation_not_found" });
      // One connection serves a transaction: the reads run one after another.
      const delegationRows = await tx
        .select()
        .from(delegations)
        .where(eq(delegations.consultationId, consultationId))
        .orderBy(asc(delegations.name));
      const participantRows = await tx
        .select()
        .from(participants)
        .where(eq(participants.consultationId, consultationId));
      const itemRows = await tx
        .select()
        .from(agendaItems)
        .where(eq(agendaItems.consultationId, consultationId))
        .orderBy(asc(agendaItems.position));
      const floorRows = await tx.select().from(floorRequests).where(eq(floorRequests.consultationId, consultationId));
      const [head] = await tx
        .select({ hash: consultationEvents.hash })
        .from(consultationEvents)
        .where(
          and(eq(consultationEvents.consultationId, consultationId), eq(consultationEvents.seq, consultation.lastSeq)),
        );
      return {
        seq: consultation.lastSeq,
        headHash: head?.hash ?? null,
        consultation: presentConsultation(consultation),
        delegations: delegationRows.map(presentDelegation),
        participants: participantRows.map(presentParticipant),
        items: itemRows.map(presentItem),
        floorRequests: floorRows.map(presentFloorRequest),
        ...(await loadPositionState(tx, consultationId)),
        ...(await loadPollState(tx, consultationId)),
        ...(await loadConsensusState(tx, consultationId)),
        ...(await loadExpectationState(tx, consultationId)),
        ...(await loadDraftingState(tx, consultationId)),
        ...(await loadJointState(tx, consultationId)),
        ...(await loadDisclosureState(tx, consultationId)),
      };
    },
    { isolationLevel: "repeatable read" },
  );
}
