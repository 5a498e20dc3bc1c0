import { randomUUID } from "node:crypto";
import type { Me } from "@trilogue/shared";
import { conflict } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { CheckedBallot } from "./ballot-checks.js";
import { presentBallot } from "./polls.presenter.js";
import { castNamedBallot, type PollRow, recordParticipation } from "./polls.repository.js";
import { trackerTaken, upsertSealedBallot } from "./sealed-ballots.repository.js";

/** A named ballot: stored, and broadcast at once when the poll's results are live. */
export async function castNamed(uow: UnitOfWork, poll: PollRow, delegationId: string, choices: number[], me: Me) {
  const { row, changed } = await castNamedBallot(uow.tx, {
    id: randomUUID(),
    pollId: poll.id,
    delegationId,
    choices,
    castBy: me.participantId,
    castAt: uow.now,
  });
  // Hidden until close otherwise: the ballot is kept, the room sees the turnout only.
  if (poll.resultsVisibility === "live") {
    uow.emit(changed ? "ballot:changed" : "ballot:counted", { upsert: { ballots: [presentBallot(row)] } });
  }
}

export const copiedBallot = "This sealed ballot is already on the board: a ballot is cast once, by its own delegation.";

/**
 * A sealed (secret) ballot: its ciphertexts and proofs replace the delegation's last; participation
 * records THAT it voted. No event: an event would carry the casting delegate as its actor.
 */
export async function castSealed(
  uow: UnitOfWork,
  poll: PollRow,
  ballot: Extract<CheckedBallot, { kind: "sealed" }>,
  me: Me,
) {
  if (await trackerTaken(uow.tx, poll.id, ballot.tracker)) throw conflict(copiedBallot, { code: "ballot_copied" });
  await recordParticipation(uow.tx, poll.id, ballot.delegationId, me.participantId);
  await upsertSealedBallot(uow.tx, {
    pollId: poll.id,
    delegationId: ballot.delegationId,
    tracker: ballot.tracker,
    ballot: ballot.ballot,
  });
}
