import { type Ballot, eligibleVoters, type PollResult, type PollTurnout, tallyBallots } from "@trilogue/shared";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { pollParticipation, polls } from "../db/schema.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentBallot, presentTurnout } from "./polls.presenter.js";
import { listBallots, listDelegations, type PollRow, turnoutOf, updatePoll } from "./polls.repository.js";
import { closeSealed, presentPollWithSealing, tallyIfComplete } from "./sealing.service.js";

/**
 * Closes a poll: a named poll's result from its ballots (revealed now if they were hidden); a
 * secret poll's aggregates within the secrecy floor, whose result follows the trustees' shares.
 */
export async function closePoll(uow: UnitOfWork, poll: PollRow): Promise<void> {
  const { tx, now, consultation } = uow;
  const { turnout } = await turnoutOf(tx, poll.id);
  let result: PollResult | null = null;
  let revealed: Ballot[] = [];
  if (poll.secret) {
    // The result waits for every trustee's decryption share (trustees.commands.ts).
    await closeSealed(uow, poll);
  } else {
    // Eligible under the decision rule: the Secretariat and observers are not counted as voters.
    const delegations = eligibleVoters(
      consultation.decisionRule,
      await listDelegations(tx, consultation.id),
      poll.indicative,
    );
    const rows = await listBallots(tx, [poll.id]);
    const tally = tallyBallots(poll.options.length, rows, delegations);
    result = { disclosure: "by_constituency", ...tally };
    if (poll.resultsVisibility === "on_close") revealed = rows.map(presentBallot);
  }
  let row = await updatePoll(tx, poll.id, {
    status: "closed",
    closedAt: now,
    result,
    announcedTurnout: turnout.overall,
  });
  // A secret poll with nothing to decrypt (withheld) has its result at once.
  if (poll.secret) row = (await tallyIfComplete(uow, row)) ?? row;
  uow.emit("poll:closed", {
    upsert: {
      polls: [await presentPollWithSealing(tx, row)],
      pollTurnouts: [presentTurnout(poll.id, turnout)],
      ...(revealed.length ? { ballots: revealed } : {}),
    },
  });
}

/** Consultations with an open poll whose turnout changed since it was last announced. */
export async function consultationsWithNewTurnout(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ consultationId: polls.consultationId })
    .from(polls)
    .where(
      and(
        eq(polls.status, "open"),
        sql`${polls.announcedTurnout} <> (select count(*) from ${pollParticipation} where ${pollParticipation.pollId} = ${polls.id})`,
      ),
    );
  return rows.map((row) => row.consultationId);
}

/**
 * Announces changed turnouts of a consultation's open polls in one event. It runs from the
 * scheduler with no actor, several ballots at a time: the event says how many voted, never who.
 */
export async function announceTurnouts(uow: UnitOfWork): Promise<number> {
  const open = await uow.tx
    .select()
    .from(polls)
    .where(and(eq(polls.consultationId, uow.consultation.id), eq(polls.status, "open")));
  const changed: PollTurnout[] = [];
  for (const poll of open) {
    const { turnout } = await turnoutOf(uow.tx, poll.id);
    if (turnout.overall === poll.announcedTurnout) continue;
    await updatePoll(uow.tx, poll.id, { announcedTurnout: turnout.overall });
    changed.push(presentTurnout(poll.id, turnout));
  }
  if (changed.length) uow.emit("poll:turnout-changed", { upsert: { pollTurnouts: changed } });
  return changed.length;
}
