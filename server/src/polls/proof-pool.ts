import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type Aggregate,
  type BallotFrame,
  type SealedBallot,
  sumAggregates,
  type TallyScope,
  type TrusteePartials,
  type VotingConstituency,
} from "@trilogue/shared";

type Waiter = { size: number; resolve: (result: never) => void; reject: (error: Error) => void };
type Answer = { id: number; result: never; error?: string };
type Checker = { worker: Worker; ready: Promise<void>; waiting: Map<number, Waiter>; load: number };

/** Splits `list` into `parts` runs of nearly equal length, in order. */
function split<T>(list: readonly T[], parts: number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  for (let part = 0; part < parts; part++) {
    const end = start + Math.ceil((list.length - start) / (parts - part));
    runs.push(list.slice(start, end));
    start = end;
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * Checks sealed ballots' proofs in worker threads, so that a storm of encrypted ballots (a few
 * milliseconds of curve arithmetic each) never stalls the event loop that answers everyone else.
 * A small pool (one worker per core, up to four: during a storm the main thread mostly waits on
 * I/O; started when a secret poll opens or at the first secret ballot) running the very function
 * the browser and `verify-poll` run: `ballotFaults` (and, at close, `aggregate`). A batch of
 * ballots travels as one message per worker, split evenly among them, and comes back with one
 * verdict per ballot; a worker checks together every ballot queued for it (up to a bound), in one
 * multi-scalar multiplication (proof-worker.mjs). A worker that dies fails its pending checks
 * (the ballots are refused, nothing is stored) and is replaced at the next batch.
 */
export function createProofPool(size = Math.max(1, Math.min(4, availableParallelism()))) {
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
    const checker: Checker = { worker, ready, waiting, load: 0 };
    const fail = (error: Error) => {
      if (checkers[slot]?.worker === worker) checkers[slot] = undefined;
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
      checker.load = 0;
    };
    ready.then(() =>
      worker.on("message", ({ id, result, error }: Answer) => {
        const waiter = waiting.get(id);
        waiting.delete(id);
        if (!waiter) return;
        checker.load -= waiter.size;
        if (error === undefined) waiter.resolve(result);
        else waiter.reject(new Error(error));
      }),
    );
    ready.catch(() => undefined);
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("the proof checker stopped")));
    return checker;
  }

  /** The checker with the fewest ballots waiting, started if need be. */
  function pick(): Checker {
    let best = 0;
    for (let slot = 0; slot < size; slot++) {
      if ((checkers[slot]?.load ?? 0) < (checkers[best]?.load ?? 0)) best = slot;
    }
    const found = checkers[best] ?? start(best);
    checkers[best] = found;
    return found;
  }

  /** Sends one task to one checker; its load counts the task's ballots at once, so the next pick sees it. */
  function request<T>(size: number, message: Record<string, unknown>, checker = pick()): Promise<T> {
    const id = next++;
    checker.load += size;
    return new Promise<T>((resolve, reject) => {
      checker.waiting.set(id, { size, resolve: resolve as (result: never) => void, reject });
      checker.ready.then(
        () => checker.worker.postMessage({ id, ...message }),
        (error: Error) => reject(error),
      );
    });
  }
  const check = (frame: BallotFrame, ballots: SealedBallot[]) =>
    request<(string | null)[]>(ballots.length, { task: "faults", frame, ballots });

  return {
    /** Why each ballot is refused (as `ballotFaults` says), or null when its proofs hold: one verdict each, in order. */
    async faults(frame: BallotFrame, ballots: readonly SealedBallot[]): Promise<(string | null)[]> {
      if (ballots.length === 0) return [];
      const runs = split(ballots, Math.min(size, ballots.length));
      return (await Promise.all(runs.map((run) => check(frame, run)))).flat();
    },
    /**
     * The aggregates of a closing poll (`aggregate`, thousands of points decoded and added), in the
     * workers, the ballots split among them and their sums added here (a few dozen points): the
     * close does not hold the event loop, however many ballots.
     */
    async aggregate(
      optionCount: number,
      /** Each ballot with its group, or its board entry's JSON (parsed in the worker, off the event loop). */
      ballots: readonly ({ group: readonly VotingConstituency[]; ballot: SealedBallot } | string)[],
      scopes: readonly TallyScope[],
    ): Promise<Aggregate[]> {
      const runs = split(ballots, Math.max(1, Math.min(size, ballots.length)));
      if (runs.length <= 1)
        return request<Aggregate[]>(ballots.length, { task: "aggregate", optionCount, ballots, scopes });
      const sums = await Promise.all(
        runs.map((run) => request<Aggregate[]>(run.length, { task: "aggregate", optionCount, ballots: run, scopes })),
      );
      return sumAggregates(sums);
    },
    /**
     * A trustee's partial decryptions with their proofs (`decryptShare`: the server's own at the
     * close), in a worker: constant-time multiplications, hundreds of milliseconds under load.
     */
    decryptShare(pollId: string, trusteeId: string, secret: string, aggregates: readonly Aggregate[]) {
      return request<TrusteePartials>(1, { task: "decrypt", pollId, trusteeId, secret, aggregates });
    },
    /**
     * The counts from the aggregates and every trustee's partials (`combineCounts`: points decoded,
     * bounded discrete logarithms), in a worker: tens of milliseconds at a tally, off the event loop.
     */
    combine(aggregates: readonly Aggregate[], partials: readonly TrusteePartials[], bound: number) {
      return request<{ scope: TallyScope; counts: number[] }[]>(1, { task: "combine", aggregates, partials, bound });
    },
    /** Why a trustee's partial decryptions are refused, or null (`partialsFault`), in a worker. */
    partialsFault(
      pollId: string,
      trusteeId: string,
      publicShare: string,
      aggregates: readonly Aggregate[],
      partials: TrusteePartials,
    ) {
      return request<string | null>(1, { task: "partials", pollId, trusteeId, publicShare, aggregates, partials });
    },
    /**
     * Starts every worker now (a secret poll opening), so that the first ballots do not wait for
     * them, and has each rehearse the poll's checks (`rehearseChecks`): compiled code and the key's
     * table before the storm.
     */
    warm(frame: BallotFrame): void {
      for (let slot = 0; slot < size; slot++) {
        const checker = checkers[slot] ?? start(slot);
        checkers[slot] = checker;
        request<null>(0, { task: "rehearse", frame }, checker).catch(() => undefined);
      }
    },
    /** One ballot's verdict. */
    async fault(frame: BallotFrame, ballot: SealedBallot): Promise<string | null> {
      const [fault] = await this.faults(frame, [ballot]);
      return fault ?? null;
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
