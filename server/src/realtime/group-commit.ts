import type { Ack, CommandName, CommandPayload, CommandResult, ConsultationEvent, Me, MeFor } from "@trilogue/shared";
import { sql } from "drizzle-orm";
import { conflict, type DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { commandReceipts } from "../db/schema.js";
import { appendEvents, type PendingEvent } from "../events/event-log.repository.js";
import { inConsultation, type UnitOfWork } from "../events/unit-of-work.js";
import { coalesce } from "./coalesce.js";
import { payloadDigest, receiptMismatch } from "./payload-digest.js";
import { receiptTime } from "./receipt-time.js";

/** What a batch handler decides for each command of a batch, in the batch's order. */
export type BatchOutcome =
  | { kind: "done"; id?: string; events: PendingEvent[] }
  | { kind: "refused"; error: DomainError }
  /** Cannot share this transaction (a delegation's second ballot in one batch): goes in the next. */
  | { kind: "later" };

/** One command of a batch, as its handler sees it. */
/** `me` has passed the command's guard in the command bus before it was queued. */
export type BatchCommand<C extends CommandName> = { me: MeFor<C>; payload: CommandPayload<C> };

/**
 * How concurrently arriving commands of one kind share a transaction (group commit). Each
 * command still gets its own outcome and its own idempotency receipt; their events are logged as
 * one per kind for the batch (coalesce.ts), so the room receives a storm as a few events rather
 * than one per command. The batch saves the per-transaction cost (the lock, the round trips, the
 * commit's flush to disk) and the fan-out of an event per command.
 */
export type BatchHandler<C extends CommandName> = {
  /** Commands with the same key (in one consultation) may share a transaction, e.g. one poll's ballots. */
  key(payload: CommandPayload<C>): string;
  /** Carries the commands out in one transaction, under the consultation's lock. */
  runMany(uow: UnitOfWork, commands: readonly BatchCommand<C>[]): Promise<BatchOutcome[]>;
  /**
   * Work done for one command as it arrives, before and outside any transaction (a sealed
   * ballot's proof checks, in the worker threads, many at once): it decides nothing and changes
   * nothing (what it finds is taken up again inside the transaction), so a transaction never
   * waits on it. A command joins a batch once its preparation is over, in arrival order.
   */
  prepare?(db: Db, me: MeFor<C>, payload: CommandPayload<C>): Promise<void>;
};

/** A batch handler with its command erased, as the queues hold every kind together. */
type AnyBatchHandler = {
  key(payload: CommandPayload<CommandName>): string;
  runMany(uow: UnitOfWork, commands: readonly Waiting[]): Promise<BatchOutcome[]>;
  prepare?(db: Db, me: Me, payload: CommandPayload<CommandName>): Promise<void>;
};

type Settle = (ack: Ack<CommandResult>) => void;
/** A queued command; `prepared` is null once its preparation is over (or when it had none). */
type Waiting = {
  me: Me;
  payload: CommandPayload<CommandName>;
  settle: Settle;
  /** The one-command path, used for a lone command and after a failed batch. */
  alone: () => Promise<Ack<CommandResult>>;
  prepared: Promise<void> | null;
};
type Queue = { waiting: Waiting[]; running: boolean };

/** The most commands one transaction takes; a storm beyond it is split over several. */
export const maxBatchSize = 500;

const resultOf = (id: string | undefined, events: readonly ConsultationEvent[]): CommandResult => ({
  seq: Math.max(0, ...events.map((event) => event.seq)),
  ...(id ? { id } : {}),
});

/**
 * Group commit. A command arriving while its queue is idle starts a transaction at once (after
 * the current I/O phase, so that frames read together go together); those arriving while one is
 * in flight wait and go together in the next. Whatever goes wrong in a batch, each of its
 * commands is run again on its own: batching never changes an answer, only its cost.
 */
export function createGroupCommit(deps: {
  db: Db;
  publish: (consultationId: string, events: ConsultationEvent[]) => void;
}) {
  const queues = new Map<string, Queue>();

  async function drain(queueKey: string, queue: Queue, name: CommandName, handler: AnyBatchHandler) {
    try {
      while (queue.waiting.length > 0) {
        // The commands prepared so far, from the head, in arrival order: a batch never waits on
        // a command still being prepared behind it.
        const head = queue.waiting[0];
        if (head?.prepared) await head.prepared;
        let ready = 0;
        while (ready < Math.min(maxBatchSize, queue.waiting.length) && !queue.waiting[ready]?.prepared) ready++;
        const batch = queue.waiting.splice(0, ready);
        const [only] = batch;
        if (batch.length === 1 && only) {
          only.settle(await only.alone());
          continue;
        }
        const later = await runBatch(name, handler, batch);
        queue.waiting.unshift(...later);
      }
    } finally {
      queue.running = false;
      queues.delete(queueKey);
    }
  }

  /** Runs one batch; returns the commands deferred to the next. */
  async function runBatch(name: CommandName, handler: AnyBatchHandler, batch: Waiting[]): Promise<Waiting[]> {
    const [first] = batch;
    if (!first) return [];
    const consultationId = first.me.consultationId;
    // A retry sent while the first try waits in the same batch gets the first try's answer.
    const leaders = new Map<string, Waiting>();
    for (const waiting of batch) {
      const id = `${waiting.me.participantId}\n${waiting.payload.idempotencyKey}`;
      const leader = leaders.get(id);
      if (!leader) leaders.set(id, waiting);
      else {
        const first = leader.settle;
        leader.settle = (ack) => {
          first(ack);
          waiting.settle(ack);
        };
      }
    }
    const unique = [...leaders.values()];
    try {
      const { value } = await inConsultation(deps.db, consultationId, null, async (uow) => {
        const replayed = await findReceipts(uow, unique);
        const answers = new Map<Waiting, Ack<CommandResult>>();
        const fresh: Waiting[] = [];
        for (const waiting of unique) {
          const receipt = replayed.get(`${waiting.me.participantId}\n${waiting.payload.idempotencyKey}`);
          const mismatch = receipt ? receiptMismatch(receipt, name, payloadDigest(waiting.payload)) : null;
          if (!receipt) fresh.push(waiting);
          else if (mismatch) {
            answers.set(waiting, { ok: false, error: conflict(mismatch, { code: "command_key_reused" }).toJSON() });
          } else answers.set(waiting, { ok: true, data: receipt.result });
        }
        const outcomes = fresh.length ? await handler.runMany(uow, fresh) : [];
        const done: { waiting: Waiting; id: string | undefined; events: PendingEvent[] }[] = [];
        const later: Waiting[] = [];
        fresh.forEach((waiting, index) => {
          const outcome = outcomes[index] ?? { kind: "later" };
          if (outcome.kind === "refused") answers.set(waiting, { ok: false, error: outcome.error.toJSON() });
          else if (outcome.kind === "later") later.push(waiting);
          else done.push({ waiting, id: outcome.id, events: outcome.events });
        });
        // One event per kind for the batch: a storm's ballots reach each delegate as one event.
        const logged = coalesce(done.map(({ waiting, events }) => ({ actorId: waiting.me.participantId, events })));
        // The events and every command's receipt go in one statement.
        const events = await appendEvents(uow.tx, uow.head, null, logged.events, uow.now, (appended) =>
          done.map(({ waiting, id }, index) => {
            const result = resultOf(
              id,
              (logged.of[index] ?? []).flatMap((at) => appended[at] ?? []),
            );
            answers.set(waiting, { ok: true, data: result });
            return {
              participantId: waiting.me.participantId,
              key: waiting.payload.idempotencyKey,
              command: name,
              result,
              payloadDigest: payloadDigest(waiting.payload),
              createdAt: receiptTime(name, uow.now),
            };
          }),
        );
        return { answers, later, events };
      });
      deps.publish(consultationId, value.events);
      for (const [waiting, ack] of value.answers) waiting.settle(ack);
      return value.later;
    } catch {
      // Nothing of the batch committed: each command runs alone and gets the answer it would have had.
      for (const waiting of unique) waiting.settle(await waiting.alone());
      return [];
    }
  }

  return {
    /** Queues a validated, authorised command for the next transaction of its kind. */
    submit<C extends CommandName>(
      name: C,
      handler: BatchHandler<C>,
      me: MeFor<C>,
      payload: CommandPayload<C>,
      alone: () => Promise<Ack<CommandResult>>,
    ): Promise<Ack<CommandResult>> {
      // Queued only past the command's guard, so each `me` is the narrowed one `runMany` expects.
      const general = handler as unknown as AnyBatchHandler;
      const queueKey = `${me.consultationId}\n${name}\n${general.key(payload)}`;
      let queue = queues.get(queueKey);
      if (!queue) {
        queue = { waiting: [], running: false };
        queues.set(queueKey, queue);
      }
      const current = queue;
      return new Promise((settle) => {
        const waiting: Waiting = { me, payload, settle, alone, prepared: null };
        const prepared = general.prepare?.(deps.db, me, payload);
        if (prepared) {
          // A failed preparation decides nothing: the transaction does the work again.
          waiting.prepared = prepared.then(
            () => {
              waiting.prepared = null;
            },
            () => {
              waiting.prepared = null;
            },
          );
        }
        current.waiting.push(waiting);
        if (current.running) return;
        current.running = true;
        setImmediate(() => void drain(queueKey, current, name, general));
      });
    },
  };
}

/**
 * The receipts already stored for these commands, keyed by participant and idempotency key. The
 * pairs go as two array parameters matched row by row (`in (select … from unnest(…))`): one index
 * lookup a pair. Matching each column with its own `= any(…)` was cheaper to plan, but PostgreSQL
 * 15 walks the index once for every combination of the two arrays: 14,400 descents and 10 ms for
 * a batch of 120 ballots, 90,000 and about 65 ms for 300, which capped the saturation search.
 */
async function findReceipts(uow: UnitOfWork, commands: readonly Waiting[]) {
  const rows = await uow.tx
    .select()
    .from(commandReceipts)
    .where(
      sql`(${commandReceipts.participantId}, ${commandReceipts.key}) in (select * from unnest(${sql.param(
        commands.map((c) => c.me.participantId),
      )}::text[]::uuid[], ${sql.param(commands.map((c) => c.payload.idempotencyKey))}::text[]))`,
    );
  return new Map(rows.map((row) => [`${row.participantId}\n${row.key}`, row]));
}
