import type { Db, Tx } from "../db/database.js";

/** `run` answers how to settle the caller once the transaction has committed. */
type Unit = { run: (tx: Tx) => Promise<() => void>; reject: (error: unknown) => void };
type Queue = { waiting: Unit[]; running: boolean };

/** The most units of work one transaction takes. */
const maxUnits = 100;

/** Queues per database, then per consultation. */
const queuesOf = new WeakMap<Db, Map<string, Queue>>();

/**
 * Runs a unit of work on a consultation in a transaction shared with the others that arrive
 * meanwhile (group commit), one transaction per consultation at a time on this node.
 *
 * Every write to a consultation takes its row lock, so its writers queue anyway; queuing them here
 * rather than in PostgreSQL keeps them from holding a pooled connection each while they wait (500
 * people joining at once would take the whole pool, and the pool's wait would time out), and lets
 * the queued units share one commit instead of paying a flush to disk each. Each unit runs in its
 * own savepoint: a unit that fails rolls back alone and gets its own error; the others commit.
 * A lone unit runs without a savepoint, exactly as a plain transaction.
 */
export function sharedTransaction<T>(db: Db, consultationId: string, run: (tx: Tx) => Promise<T>): Promise<T> {
  let queues = queuesOf.get(db);
  if (!queues) {
    queues = new Map();
    queuesOf.set(db, queues);
  }
  let queue = queues.get(consultationId);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(consultationId, queue);
  }
  const own = queue;
  const all = queues;
  return new Promise<T>((resolve, reject) => {
    own.waiting.push({
      run: async (tx) => {
        const value = await run(tx);
        return () => resolve(value);
      },
      reject,
    });
    if (own.running) return;
    own.running = true;
    // After the current I/O phase, so that requests read together share the first transaction too.
    setImmediate(() => void drain(db, consultationId, own, all));
  });
}

async function drain(db: Db, consultationId: string, queue: Queue, queues: Map<string, Queue>) {
  try {
    while (queue.waiting.length > 0) await runBatch(db, queue.waiting.splice(0, maxUnits));
  } finally {
    queue.running = false;
    queues.delete(consultationId);
  }
}

async function runBatch(db: Db, batch: Unit[]) {
  const [only] = batch;
  if (batch.length === 1 && only) {
    try {
      const settle = await db.transaction((tx) => only.run(tx));
      settle();
    } catch (error) {
      only.reject(error);
    }
    return;
  }
  const outcomes: ({ ok: true; settle: () => void } | { ok: false; error: unknown })[] = [];
  try {
    await db.transaction(async (tx) => {
      for (const unit of batch) {
        try {
          outcomes.push({ ok: true, settle: await tx.transaction((savepoint) => unit.run(savepoint)) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    // The transaction itself failed (the database went away, the commit was refused): nothing of
    // it committed, so every unit fails with that error.
    for (const unit of batch) unit.reject(error);
    return;
  }
  batch.forEach((unit, index) => {
    const outcome = outcomes[index];
    if (outcome?.ok) outcome.settle();
    else unit.reject(outcome ? outcome.error : new Error("unit of work did not run"));
  });
}
