import { eligibleVoters, type PollWaiting } from "@trilogue/shared";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { consultations, pollParticipation, polls } from "../db/schema.js";
import { listDelegations } from "./polls.repository.js";

/**
 * Who has not voted yet in each open named poll of a consultation whose ballots stay hidden until
 * close. Only the chair's room hears it (`whoMayRead.pollWaiting`): the room's log says how many
 * voted, never who. A live named poll needs none of this, its ballots being in every replica.
 */
export async function waitingLists(db: Executor, consultationId: string): Promise<PollWaiting[]> {
  const open = await db
    .select({ id: polls.id, indicative: polls.indicative })
    .from(polls)
    .where(
      and(
        eq(polls.consultationId, consultationId),
        eq(polls.status, "open"),
        eq(polls.secret, false),
        eq(polls.resultsVisibility, "on_close"),
      ),
    );
  if (open.length === 0) return [];
  const [consultation] = await db
    .select({ decisionRule: consultations.decisionRule })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  if (!consultation) return [];
  const delegations = await listDelegations(db, consultationId);
  const voted = await db
    .select({ pollId: pollParticipation.pollId, delegationId: pollParticipation.delegationId })
    .from(pollParticipation)
    .where(
      inArray(
        pollParticipation.pollId,
        open.map((poll) => poll.id),
      ),
    );
  return open.map((poll) => {
    const done = new Set(voted.filter((row) => row.pollId === poll.id).map((row) => row.delegationId));
    const delegationIds = eligibleVoters(consultation.decisionRule, delegations, poll.indicative)
      .filter((delegation) => !done.has(delegation.id))
      .map((delegation) => delegation.id);
    return { pollId: poll.id, delegationIds };
  });
}
