import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { z } from "zod";

/** What PGlite answers to a query, as drizzle reads it (other members pass through). */
const resultsSchema = z
  .object({
    rows: z.array(z.unknown()),
    fields: z.array(z.object({ name: z.string(), dataTypeID: z.number() }).loose()),
    affectedRows: z.number().optional(),
  })
  .loose();
type Results = z.infer<typeof resultsSchema>;
type QueryOptions = { rowMode?: "array" | "object" };
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Record<string, unknown> };

/** The part of PGlite's interface that drizzle and Trilogue use, inside or outside a transaction. */
export type RemoteQueryable = {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results>;
};
export type RemoteTransaction = RemoteQueryable & { rollback(): Promise<void>; readonly closed: boolean };

const closedError = () => new Error("PGlite is closed");

let compiled: Promise<WebAssembly.Module> | undefined;
/**
 * PGlite's WebAssembly, compiled once per process and handed to each worker: a process that opens
 * several databases (a test run, a backup restored beside a live one) compiles and optimises its
 * 9 MB once instead of once per worker.
 */
function compiledPglite(): Promise<WebAssembly.Module> {
  compiled ??= readFile(new URL("./pglite.wasm", import.meta.resolve("@electric-sql/pglite"))).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}

/**
 * PGlite running in a worker thread (pglite-worker.mjs), behind the small part of its interface
 * drizzle's PGlite driver calls: `query`, `transaction` (with `query` and `rollback` inside) and
 * `close`. The WebAssembly engine and its synchronous file I/O then never stall the event loop;
 * a query costs one message each way. Transactions keep their semantics: the worker holds PGlite's
 * lock from BEGIN until the main thread ends the transaction, so queries outside wait, as they do
 * in-process.
 */
export class PgliteRemote {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(Object.assign(new Error(String(reply.error.message)), reply.error));
    });
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", () => this.failAll(closedError()));
  }

  /** Starts the worker and opens (creating if need be) the database in `dataDir`. */
  static async open(dataDir: string): Promise<PgliteRemote> {
    const wasmModule = await compiledPglite();
    const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), { workerData: { dataDir, wasmModule } });
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once("error", onError);
      worker.once("message", () => {
        worker.off("error", onError);
        resolve();
      });
    });
    return new PgliteRemote(worker);
  }

  private failAll(error: Error) {
    this.closed = true;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  private call(message: Record<string, unknown>): Promise<unknown> {
    if (this.closed) return Promise.reject(closedError());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** A query outside any transaction. drizzle's parsers are applied in the worker (see there). */
  async query(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results> {
    return resultsSchema.parse(await this.call({ op: "query", sql, params, rowMode: options?.rowMode }));
  }

  /** Runs `work` in a transaction: committed if it resolves, rolled back if it throws or rolls back. */
  async transaction<T>(work: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const txId = z.number().parse(await this.call({ op: "begin" }));
    let ended = false;
    let rolledBack = false;
    const tx: RemoteTransaction = {
      query: (sql, params = [], options) => {
        if (ended) return Promise.reject(new Error("Transaction is closed"));
        return this.call({ op: "query", tx: txId, sql, params, rowMode: options?.rowMode }).then((results) =>
          resultsSchema.parse(results),
        );
      },
      rollback: async () => {
        rolledBack = true;
        ended = true;
      },
      get closed() {
        return ended;
      },
    };
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      ended = true;
      await this.call({ op: "end", tx: txId, commit: false }).catch(() => undefined);
      throw error;
    }
    ended = true;
    await this.call({ op: "end", tx: txId, commit: !rolledBack });
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.call({ op: "close" }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }
}
