import { randomUUID } from "node:crypto";
import type { CommandPayload, Me } from "@trilogue/shared";
import { conflict, DomainError } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentBallot } from "./polls.presenter.js";
import { castNamedBallot, hasVoted, type PollRow, recordParticipation } from "./polls.repository.js";
import { canonicalChoices, countDelta, receiptHash, type Scope } from "./polls.rules.js";
import { applyCounts, consumeReceipt, storeReceipt } from "./secret-ballots.repository.js";

type Payload = CommandPayload<"ballot:cast">;

/** Refuses a ballot in a poll that is not open. */
export function assertPollOpen(poll: PollRow): void {
  if (poll.status !== "open")
    throw poll.status === "draft"
      ? conflict("The poll is not open yet.", { code: "poll_not_open" })
      : conflict("The poll is closed.", { code: "poll_closed" });
}

export const observersDoNotVote = "Observers are invited to the dialogue but do not vote.";
export const namedTakesNoReceipt = "This poll is named: its ballots take no receipt.";

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

/**
 * A secret ballot: participation records THAT the delegation voted; the counters record WHAT was
 * voted, rewritten as a whole; the receipt hash lets the delegation (and only it, holding the
 * nonce) replace its ballot. No event: an event would carry the casting delegate as its actor.
 */
export async function castSecret(
  uow: UnitOfWork,
  poll: PollRow,
  delegationId: string,
  scopeList: Scope[],
  choices: number[],
  payload: Payload,
  me: Me,
) {
  const receipt = payload.receipt;
  if (!receipt) {
    throw new DomainError("VALIDATION", "A secret ballot comes with a receipt nonce.", [
      { path: ["receipt"], message: "required for a secret poll" },
    ]);
  }
  const voted = await hasVoted(uow.tx, poll.id, delegationId);
  let replaced: number[] | null = null;
  if (!voted && receipt.replaces)
    throw conflict("Your delegation has not voted in this poll: there is no ballot to replace.");
  if (voted) {
    if (!receipt.replaces) {
      throw conflict(
        "Your delegation has voted. To change a secret ballot, present the receipt of the ballot it replaces.",
      );
    }
    replaced = canonicalChoices(poll, receipt.replaces.choices);
    const old = receiptHash(poll.id, delegationId, scopeList, receipt.replaces.nonce, replaced);
    if (!(await consumeReceipt(uow.tx, poll.id, old))) {
      throw conflict("That receipt does not match your delegation's ballot; the ballot is unchanged.");
    }
  }
  await recordParticipation(uow.tx, poll.id, delegationId, me.participantId);
  await storeReceipt(uow.tx, poll.id, receiptHash(poll.id, delegationId, scopeList, receipt.nonce, choices));
  await applyCounts(uow.tx, poll.id, countDelta(scopeList, replaced, choices));
}
