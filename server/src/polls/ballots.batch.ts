import { randomUUID } from "node:crypto";
import { assertLive } from "../consultations/consultations.rules.js";
import { conflict, DomainError, forbidden } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { BatchCommand, BatchHandler, BatchOutcome } from "../realtime/group-commit.js";
import { assertPollOpen, castSecret, namedTakesNoReceipt, observersDoNotVote } from "./ballot-cast.js";
import { ballotRefusal } from "./eligibility.js";
import { presentBallot } from "./polls.presenter.js";
import {
  delegationsByIds,
  getPoll,
  type PollRow,
  recordParticipations,
  upsertBallots,
  votedAmong,
} from "./polls.repository.js";
import { canonicalChoices, scopesOf } from "./polls.rules.js";

type Cast = BatchCommand<"ballot:cast">;

/** Runs `check`; a refusal becomes the outcome of every command. */
function refusal(check: () => void): DomainError | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/**
 * Ballots of one poll that arrive together (a vote storm when the chair opens a poll) are cast
 * in one transaction with the same rules as `ballot:cast` alone: a named poll's ballots with a
 * handful of set-wise statements, whatever their number; a secret poll's one by one, each in a
 * savepoint, since each rewrites the poll's counters and consumes a receipt.
 */
export const ballotBatch: BatchHandler<"ballot:cast"> = {
  key: (payload) => payload.pollId,
  async runMany(uow, commands) {
    const pollId = commands[0]?.payload.pollId ?? "";
    let poll: PollRow | undefined;
    const refused = refusal(() => assertLive(uow.consultation.status));
    if (!refused) {
      try {
        poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return commands.map(() => ({ kind: "refused", error }));
      }
    }
    const closed = refused ?? (poll ? refusal(() => assertPollOpen(poll)) : null);
    if (closed || !poll) return commands.map(() => ({ kind: "refused", error: closed ?? conflict("No such poll.") }));
    return poll.secret ? castSecretBallots(uow, poll, commands) : castNamedBallots(uow, poll, commands);
  },
};

async function castNamedBallots(uow: UnitOfWork, poll: PollRow, commands: readonly Cast[]): Promise<BatchOutcome[]> {
  const ids = [...new Set(commands.map(({ me }) => me.delegationId ?? ""))];
  const delegations = await delegationsByIds(uow.tx, uow.consultation.id, ids);
  const voted = await votedAmong(uow.tx, poll.id, ids);
  const outcomes: BatchOutcome[] = [];
  const accepted: { index: number; cast: Cast; delegationId: string; choices: number[] }[] = [];
  const taken = new Set<string>();
  commands.forEach((cast, index) => {
    const delegation = delegations.get(cast.me.delegationId ?? "");
    let choices: number[] = [];
    const error =
      (!delegation ? forbidden("Your delegation is not registered in this consultation.") : null) ??
      (delegation && scopesOf(delegation).length === 0 ? forbidden(observersDoNotVote) : null) ??
      (delegation ? ballotRefusal(uow.consultation.decisionRule, delegation) : null) ??
      refusal(() => {
        choices = canonicalChoices(poll, cast.payload.choices);
      }) ??
      (cast.payload.receipt ? conflict(namedTakesNoReceipt) : null);
    if (error || !delegation) outcomes[index] = { kind: "refused", error: error ?? forbidden(observersDoNotVote) };
    else if (taken.has(delegation.id)) outcomes[index] = { kind: "later" };
    else {
      taken.add(delegation.id);
      accepted.push({ index, cast, delegationId: delegation.id, choices });
    }
  });
  await recordParticipations(
    uow.tx,
    accepted.map(({ cast, delegationId }) => ({ pollId: poll.id, delegationId, castBy: cast.me.participantId })),
  );
  const rows = await upsertBallots(
    uow.tx,
    accepted.map(({ cast, delegationId, choices }) => ({
      id: randomUUID(),
      pollId: poll.id,
      delegationId,
      choices,
      castBy: cast.me.participantId,
      castAt: uow.now,
    })),
  );
  const byDelegation = new Map(rows.map((row) => [row.delegationId, row]));
  for (const { index, delegationId } of accepted) {
    const row = byDelegation.get(delegationId);
    if (!row) throw new Error("a ballot of the batch was not stored");
    // Hidden until close otherwise: the ballot is kept, the room sees the turnout only.
    outcomes[index] = {
      kind: "done",
      events:
        poll.resultsVisibility === "live"
          ? [
              {
                type: voted.has(delegationId) ? "ballot:changed" : "ballot:counted",
                patch: { upsert: { ballots: [presentBallot(row)] } },
              },
            ]
          : [],
    };
  }
  return outcomes;
}

/** Secret ballots one at a time, each in a savepoint so that a refused one leaves the others. */
async function castSecretBallots(uow: UnitOfWork, poll: PollRow, commands: readonly Cast[]): Promise<BatchOutcome[]> {
  const ids = [...new Set(commands.map(({ me }) => me.delegationId ?? ""))];
  const delegations = await delegationsByIds(uow.tx, uow.consultation.id, ids);
  const outcomes: BatchOutcome[] = [];
  for (const { me, payload } of commands) {
    const delegation = delegations.get(me.delegationId ?? "");
    if (!delegation) {
      outcomes.push({ kind: "refused", error: forbidden("Your delegation is not registered in this consultation.") });
      continue;
    }
    const scopeList = scopesOf(delegation);
    if (scopeList.length === 0) {
      outcomes.push({ kind: "refused", error: forbidden(observersDoNotVote) });
      continue;
    }
    const ineligible = ballotRefusal(uow.consultation.decisionRule, delegation);
    if (ineligible) {
      outcomes.push({ kind: "refused", error: ineligible });
      continue;
    }
    try {
      await uow.tx.transaction(async (savepoint) => {
        const choices = canonicalChoices(poll, payload.choices);
        await castSecret({ ...uow, tx: savepoint }, poll, delegation.id, scopeList, choices, payload, me);
      });
      outcomes.push({ kind: "done", events: [] });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcomes.push({ kind: "refused", error });
    }
  }
  return outcomes;
}
