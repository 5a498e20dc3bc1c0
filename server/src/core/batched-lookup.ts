import DataLoader from "dataloader";
import type { Db } from "../db/database.js";

/**
 * A lookup by key whose calls made in the same turn of the event loop go to the database as one
 * query: 500 delegates connecting at once are one `WHERE token_hash IN (…)`, not 500 round trips.
 * Nothing is cached between turns, so a revoked session is refused on the very next call.
 */
export function batchedLookup<V>(
  load: (db: Db, keys: readonly string[]) => Promise<Map<string, V>>,
): (db: Db, key: string) => Promise<V | undefined> {
  const loaders = new WeakMap<Db, DataLoader<string, V | undefined>>();
  return (db, key) => {
    let loader = loaders.get(db);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const found = await load(db, keys);
        return keys.map((k) => found.get(k));
      }, batchOptions);
      loaders.set(db, loader);
    }
    return loader.load(key);
  };
}

/**
 * DataLoader batches within one tick by default; requests read from different sockets arrive in
 * different I/O callbacks, so the batch waits for the end of the I/O phase (`setImmediate`).
 */
export const batchOptions = {
  cache: false,
  maxBatchSize: 500,
  batchScheduleFn: (run: () => void) => setImmediate(run),
};
