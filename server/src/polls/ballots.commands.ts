import { randomUUID } from "node:crypto";
import type { CommandPayload, Me } from "@trilogue/shared";
import { assertLive } from "../consultations/consultations.rules.js";
import { policy } from "../consultations/policy.js";
import { conflict, DomainError, forbidden } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentBallot } from "./polls.presenter.js";
import {
  getDelegation,
  getPoll,
  hasVoted,
  type PollRow,
  recordParticipation,
  upsertBallot,
} from "./polls.repository.js";
import { canonicalChoices, countDelta, receiptHash, type Scope, scopesOf } from "./polls.rules.js";
import { applyCounts, consumeReceipt, storeReceipt } from "./secret-ballots.repository.js";

type Payload = CommandPayload<"ballot:cast">;

/**
 * One ballot per delegation, cast by any of its delegates; the last one counts until the poll
 * closes. Turnout is announced by the scheduler, a few ballots at a time, with no actor.
 */
export const ballotCommands: Pick<CommandHandlers, "ballot:cast"> = {
  "ballot:cast": {
    allow: policy.delegate,
    async run(uow, payload, me) {
      assertLive(uow.consultation.status);
      const poll = await getPoll(uow.tx, uow.consultation.id, payload.pollId);
      if (poll.status !== "open")
        throw conflict(poll.status === "draft" ? "The poll is not open yet." : "The poll is closed.");
      const delegation = await getDelegation(uow.tx, uow.consultation.id, me.delegationId ?? "");
      const scopeList = scopesOf(delegation);
      if (scopeList.length === 0) throw forbidden("Observers are invited to the dialogue but do not vote.");
      const choices = canonicalChoices(poll, payload.choices);
      if (poll.secret) await castSecret(uow, poll, delegation.id, scopeList, choices, payload, me);
      else if (payload.receipt) throw conflict("This poll is named: its ballots take no receipt.");
      else await castNamed(uow, poll, delegation.id, choices, me);
      return undefined;
    },
  },
};

async function castNamed(uow: UnitOfWork, poll: PollRow, delegationId: string, choices: number[], me: Me) {
  const changed = await hasVoted(uow.tx, poll.id, delegationId);
  await recordParticipation(uow.tx, poll.id, delegationId, me.participantId);
  const row = await upsertBallot(uow.tx, {
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
async function castSecret(
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
