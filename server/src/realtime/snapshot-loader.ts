import type { Snapshot } from "@trilogue/shared";

type Entry = {
  current?: { loading: Promise<Snapshot>; number: number };
  /** The last snapshot loaded, while it is young enough to hand out again. */
  recent?: Snapshot;
  forget?: NodeJS.Timeout;
};

/** How long a loaded snapshot may serve later requests, as long as nothing was committed since. */
export const snapshotReuseMs = 3000;

/**
 * Shares snapshot loads between the clients asking for one (a join storm, or every client after
 * a restart). A request must get a snapshot holding everything committed before it arrived (the
 * client joined its rooms before asking, so anything later reaches it live). So each request first
 * reads the consultation's committed head (`headSeq`, one batched query for many requests), and is
 * served by any snapshot at or past that head: the last one loaded, the one being loaded, or else
 * the next load, which begins after it arrived. At most one load per consultation runs at a time.
 * Loading is the costly part (the whole room's rows, then encoded for the wire): in a join storm
 * the head moves only while joins commit, so 2,000 clients cost a handful of loads, not one each
 * time the previous load ends (issue 21 measured 38 loads back to back at 2,000).
 */
export function createSnapshotLoader(
  load: (consultationId: string) => Promise<Snapshot>,
  headSeq: (consultationId: string) => Promise<number>,
  reuseMs = snapshotReuseMs,
) {
  const entries = new Map<string, Entry>();

  function entryOf(consultationId: string): Entry {
    let entry = entries.get(consultationId);
    if (!entry) {
      entry = {};
      entries.set(consultationId, entry);
    }
    return entry;
  }

  /** Loads begun so far, on every consultation: a request knows which began after it. */
  let loadsBegun = 0;

  function dropIfIdle(consultationId: string, entry: Entry) {
    if (!entry.current && !entry.recent && entries.get(consultationId) === entry) entries.delete(consultationId);
  }

  function remember(consultationId: string, entry: Entry, snapshot: Snapshot) {
    if (entry.recent && entry.recent.seq > snapshot.seq) return;
    entry.recent = snapshot;
    clearTimeout(entry.forget);
    // Not kept for long: a snapshot of a large room is big, and a few things in it change
    // without an event (nothing a client could tell apart within seconds).
    entry.forget = setTimeout(() => {
      entry.recent = undefined;
      entry.forget = undefined;
      dropIfIdle(consultationId, entry);
    }, reuseMs);
    entry.forget.unref();
  }

  function run(consultationId: string, entry: Entry): Promise<Snapshot> {
    const loading = load(consultationId);
    const current = { loading, number: ++loadsBegun };
    entry.current = current;
    void loading
      .then(
        (snapshot) => remember(consultationId, entry, snapshot),
        () => undefined,
      )
      .then(() => {
        if (entry.current !== current) return;
        entry.current = undefined;
        dropIfIdle(consultationId, entry);
      });
    return loading;
  }

  return async function snapshotOf(consultationId: string): Promise<Snapshot> {
    const head = await headSeq(consultationId);
    // Any load begun from here on reads its rows after the head above was committed.
    const arrived = loadsBegun;
    let awaited: Entry["current"];
    for (;;) {
      // Looked up each time: an idle entry is dropped while a request waits.
      const entry = entryOf(consultationId);
      if (entry.recent && entry.recent.seq >= head) return entry.recent;
      const running = entry.current;
      // The one already waited for has settled, only its bookkeeping has yet to run.
      if (!running || running === awaited) return run(consultationId, entry);
      awaited = running;
      // The load under way may have read its rows before a commit this request must see: wait
      // for it and look at its seq (cheaper than always waiting for the next load).
      const began = running.number > arrived;
      let snapshot: Snapshot;
      try {
        snapshot = await running.loading;
      } catch (error) {
        // A failed load that began before this request says nothing about the next one.
        if (began) throw error;
        continue;
      }
      if (began || snapshot.seq >= head) return snapshot;
    }
  };
}
