import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BallotFrame, SealedBallot } from "@trilogue/shared";

type Waiter = { resolve: (fault: string | null) => void; reject: (error: Error) => void };
type Checker = { worker: Worker; ready: Promise<void>; waiting: Map<number, Waiter> };

/**
 * Checks sealed ballots' proofs in worker threads, so that a storm of encrypted ballots (a few
 * milliseconds of curve arithmetic each) never stalls the event loop that answers everyone else.
 * A small pool (one or two workers, started at the first secret ballot) running the very function
 * the browser and `verify-poll` run: `ballotFault`. A worker that dies fails its pending checks
 * (the ballots are refused, nothing is stored) and is replaced at the next one.
 */
export function createProofPool(size = Math.max(1, Math.min(2, availableParallelism() - 1))) {
  const checkers: (Checker | undefined)[] = Array.from({ length: size }, () => undefined);
  let next = 1;

  function start(slot: number): Checker {
    const worker = new Worker(new URL("./proof-worker.mjs", import.meta.url));
    worker.unref();
    const waiting = new Map<number, Waiter>();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once("error", reject);
      worker.once("message", () => resolve());
    });
    const fail = (error: Error) => {
      if (checkers[slot]?.worker === worker) checkers[slot] = undefined;
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    };
    ready.then(() =>
      worker.on("message", ({ id, fault }: { id: number; fault: string | null }) => {
        waiting.get(id)?.resolve(fault);
        waiting.delete(id);
      }),
    );
    ready.catch(() => undefined);
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("the proof checker stopped")));
    return { worker, ready, waiting };
  }

  /** The checker with the fewest ballots waiting, started if need be. */
  function pick(): Checker {
    let best = 0;
    for (let slot = 0; slot < size; slot++) {
      if ((checkers[slot]?.waiting.size ?? 0) < (checkers[best]?.waiting.size ?? 0)) best = slot;
    }
    const found = checkers[best] ?? start(best);
    checkers[best] = found;
    return found;
  }

  return {
    /** Why the ballot is refused (as `ballotFault` says), or null when every proof holds. */
    async fault(frame: BallotFrame, ballot: SealedBallot): Promise<string | null> {
      const checker = pick();
      await checker.ready;
      const id = next++;
      return new Promise<string | null>((resolve, reject) => {
        checker.waiting.set(id, { resolve, reject });
        checker.worker.postMessage({ id, frame, ballot });
      });
    },
    async close(): Promise<void> {
      await Promise.all(checkers.map((checker) => checker?.worker.terminate()));
      checkers.fill(undefined);
    },
  };
}

export type ProofPool = ReturnType<typeof createProofPool>;

/** The server's pool: one per process, shared by every consultation (its workers do not keep the process alive). */
export const proofPool = createProofPool();
