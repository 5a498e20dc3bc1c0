import { randomUUID } from "node:crypto";
import { assertLive } from "../consultations/consultations.rules.js";
import { conflict, DomainError } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { BatchCommand, BatchHandler, BatchOutcome } from "../realtime/group-commit.js";
import { copiedBallot } from "./ballot-cast.js";
import { assertPollOpen, type CheckedBallot, checkBallot, proofFaults, proveEarly } from "./ballot-checks.js";
import { presentBallot } from "./polls.presenter.js";
import { castNamedBallots, delegationsByIds, getPoll, type PollRow, recordParticipations } from "./polls.repository.js";
import { listTrustees, takenTrackers, upsertSealedBallots } from "./sealed-ballots.repository.js";
import { publicKeyOf } from "./sealing.service.js";

type Cast = BatchCommand<"ballot:cast">;
type Accepted = { index: number; cast: Cast; ballot: CheckedBallot };

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
 * in one transaction with the same checks as `ballot:cast` alone (`checkBallot`), then stored
 * with a handful of set-wise statements (named) or one upsert each (sealed), whatever their number.
 */
export const ballotBatch: BatchHandler<"ballot:cast"> = {
  key: (payload) => payload.pollId,
  // A sealed ballot's proofs are checked as it arrives, before any transaction (ballot-checks.ts).
  prepare: (db, me, payload) => proveEarly(db, me.consultationId, payload),
  async runMany(uow, commands) {
    const [first] = commands;
    if (!first) return [];
    const pollId = first.payload.pollId;
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
    if (closed || !poll)
      return commands.map(() => ({
        kind: "refused",
        error: closed ?? conflict("No such poll.", { code: "poll_not_found" }),
      }));
    const open = poll;
    const key = open.secret ? publicKeyOf(await listTrustees(uow.tx, open.id)) : null;
    const ids = [...new Set(commands.map(({ me }) => me.delegationId))];
    const delegations = await delegationsByIds(uow.tx, uow.consultation.id, ids);
    const faults = await proofFaults(
      open,
      key,
      commands.map(({ payload }) => payload),
    );
    const outcomes: BatchOutcome[] = [];
    const accepted: Accepted[] = [];
    const taken = new Set<string>();
    commands.forEach((cast, index) => {
      let ballot: CheckedBallot | undefined;
      const error = refusal(() => {
        ballot = checkBallot(
          open,
          delegations.get(cast.me.delegationId),
          cast.payload,
          key,
          uow.consultation.decisionRule,
          faults[index],
        );
      });
      if (error || !ballot)
        outcomes[index] = { kind: "refused", error: error ?? conflict("No ballot.", { code: "ballot_missing" }) };
      else if (taken.has(ballot.delegationId)) outcomes[index] = { kind: "later" };
      else {
        taken.add(ballot.delegationId);
        accepted.push({ index, cast, ballot });
      }
    });
    if (open.secret) await storeSealed(uow, open, accepted, outcomes);
    else await storeNamed(uow, open, accepted, outcomes);
    return outcomes;
  },
};

async function storeNamed(uow: UnitOfWork, poll: PollRow, accepted: Accepted[], outcomes: BatchOutcome[]) {
  const named = accepted.flatMap(({ index, cast, ballot }) =>
    ballot.kind === "named" ? [{ index, cast, delegationId: ballot.delegationId, choices: ballot.choices }] : [],
  );
  // Who had voted, the participations and the ballots: one statement for the batch.
  const stored = await castNamedBallots(
    uow.tx,
    poll.id,
    named.map(({ cast, delegationId, choices }) => ({
      id: randomUUID(),
      pollId: poll.id,
      delegationId,
      choices,
      castBy: cast.me.participantId,
      castAt: uow.now,
    })),
  );
  for (const { index, delegationId } of named) {
    const ballot = stored.get(delegationId);
    if (!ballot) throw new Error("a ballot of the batch was not stored");
    // Hidden until close otherwise: the ballot is kept, the room sees the turnout only.
    outcomes[index] = {
      kind: "done",
      events:
        poll.resultsVisibility === "live"
          ? [
              {
                type: ballot.changed ? "ballot:changed" : "ballot:counted",
                patch: { upsert: { ballots: [presentBallot(ballot.row)] } },
              },
            ]
          : [],
    };
  }
}

/**
 * Sealed ballots: a copy of a ballot already on the board (or earlier in the batch) is refused.
 * The board is asked once for the batch's trackers and the ballots stored in one statement.
 */
async function storeSealed(uow: UnitOfWork, poll: PollRow, accepted: Accepted[], outcomes: BatchOutcome[]) {
  const sealed = accepted.flatMap(({ index, cast, ballot }) =>
    ballot.kind === "sealed" ? [{ index, cast, ballot }] : [],
  );
  const taken = await takenTrackers(
    uow.tx,
    poll.id,
    sealed.map(({ ballot }) => ballot.tracker),
  );
  const stored: { index: number; cast: Cast; ballot: Extract<CheckedBallot, { kind: "sealed" }> }[] = [];
  for (const entry of sealed) {
    if (taken.has(entry.ballot.tracker)) {
      outcomes[entry.index] = { kind: "refused", error: conflict(copiedBallot, { code: "ballot_copied" }) };
      continue;
    }
    taken.add(entry.ballot.tracker);
    stored.push(entry);
  }
  await upsertSealedBallots(
    uow.tx,
    stored.map(({ ballot }) => ({
      pollId: poll.id,
      delegationId: ballot.delegationId,
      tracker: ballot.tracker,
      ballot: ballot.ballot,
    })),
  );
  await recordParticipations(
    uow.tx,
    stored.map(({ cast, ballot }) => ({
      pollId: poll.id,
      delegationId: ballot.delegationId,
      castBy: cast.me.participantId,
    })),
  );
  // No event: an event would carry the casting delegate as its actor.
  for (const { index } of stored) outcomes[index] = { kind: "done", events: [] };
}
