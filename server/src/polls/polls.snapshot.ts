import type { Snapshot } from "@trilogue/shared";
import type { Executor } from "../db/database.js";
import { presentBallot, presentTurnout } from "./polls.presenter.js";
import { listBallots, listPolls, turnoutOf } from "./polls.repository.js";
import { presentPollWithSealing } from "./sealing.service.js";

/** Polls with their turnout; named ballots only where results are visible (live, or closed). */
export async function loadPollState(
  db: Executor,
  consultationId: string,
): Promise<Pick<Snapshot, "polls" | "pollTurnouts" | "ballots">> {
  const polls = await listPolls(db, consultationId);
  const pollTurnouts = [];
  for (const poll of polls) pollTurnouts.push(presentTurnout(poll.id, (await turnoutOf(db, poll.id)).turnout));
  const visible = polls.filter(
    (poll) => !poll.secret && (poll.resultsVisibility === "live" || poll.status === "closed"),
  );
  const ballots = await listBallots(
    db,
    visible.map((poll) => poll.id),
  );
  const presented = [];
  for (const poll of polls) presented.push(await presentPollWithSealing(db, poll));
  return { polls: presented, pollTurnouts, ballots: ballots.map(presentBallot) };
}
