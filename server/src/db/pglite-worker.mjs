// PGlite in a worker thread: the database's work (WebAssembly and synchronous file I/O) runs
// here, off the server's event loop. Plain JavaScript on purpose: a worker must start without a
// TypeScript loader, under `tsx` and under the test runner alike. The protocol is in
// pglite-remote.ts, its only client.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, types } from "@electric-sql/pglite";

// drizzle reads these types as the raw text PostgreSQL sends; it passes parsers that return the
// value unchanged, which cannot cross to this thread, so the same parsers are applied here.
const rawTypes = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182];
const rawParsers = Object.fromEntries(rawTypes.map((oid) => [oid, (value) => value]));

// The module compiled once by the main thread (pglite-remote.ts): this worker only instantiates it.
const db = await PGlite.create(workerData.dataDir, { pgliteWasmModule: workerData.wasmModule });
/** Open transactions by id: each holds PGlite's lock until the main thread ends it. */
const transactions = new Map();
let nextTransaction = 1;

const options = (message) => (message.rowMode ? { rowMode: message.rowMode, parsers: rawParsers } : undefined);

function serialiseError(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return { ...fields, message: error.message, name: error.name };
}

/** Opens a transaction and answers with its id once it holds PGlite's lock. */
function begin() {
  const id = nextTransaction++;
  return new Promise((started, failed) => {
    let end;
    const ended = new Promise((resolve) => {
      end = resolve;
    });
    const entry = { tx: null, end, done: null };
    entry.done = db
      .transaction(async (tx) => {
        entry.tx = tx;
        transactions.set(id, entry);
        started(id);
        if (!(await ended)) await tx.rollback();
      })
      .finally(() => transactions.delete(id));
    // Before it started, a failure (BEGIN refused) answers the "begin"; after, the "end" reports it.
    entry.done.catch(failed);
  });
}

async function handle(message) {
  switch (message.op) {
    case "query": {
      const target = message.tx ? transactions.get(message.tx)?.tx : db;
      if (!target) throw new Error("Transaction is closed");
      return target.query(message.sql, message.params, options(message));
    }
    case "begin":
      return begin();
    case "end": {
      const entry = transactions.get(message.tx);
      if (!entry) throw new Error("Transaction is closed");
      entry.end(message.commit);
      await entry.done;
      return null;
    }
    case "close":
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on("message", (message) => {
  handle(message).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: serialiseError(error) }),
  );
});
parentPort.postMessage({ id: 0, ok: true, value: "ready" });
