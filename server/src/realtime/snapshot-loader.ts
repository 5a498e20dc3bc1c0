import type { Snapshot } from "@trilogue/shared";

type Entry = { current?: Promise<Snapshot>; queued?: Promise<Snapshot> };

/**
 * Shares snapshot loads between the clients asking for one at the same time (a join storm, or
 * every client after a restart). A request is only ever served by a load that began after it
 * arrived, so the snapshot holds everything committed before the client joined its room: the
 * requests that arrive while a load runs wait together for the next one. At most one load per
 * consultation runs at a time; 500 clients joining at once cost a handful of loads, not 500.
 */
export function createSnapshotLoader(load: (consultationId: string) => Promise<Snapshot>) {
  const entries = new Map<string, Entry>();

  function run(consultationId: string, entry: Entry): Promise<Snapshot> {
    const loading = load(consultationId).finally(() => {
      if (entry.current !== loading) return;
      entry.current = undefined;
      if (!entry.queued) entries.delete(consultationId);
    });
    return loading;
  }

  return function snapshotOf(consultationId: string): Promise<Snapshot> {
    let entry = entries.get(consultationId);
    if (!entry) {
      entry = {};
      entries.set(consultationId, entry);
    }
    const own = entry;
    if (!own.current) {
      own.current = run(consultationId, own);
      return own.current;
    }
    if (!own.queued) {
      own.queued = own.current
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          const next = run(consultationId, own);
          own.current = next;
          own.queued = undefined;
          return next;
        });
    }
    return own.queued;
  };
}
