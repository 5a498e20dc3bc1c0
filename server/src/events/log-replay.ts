import {
  applyPatch,
  type ConsultationEvent,
  type ConsultationState,
  collectionNames,
  emptyState,
  type Snapshot,
  snapshotFromState,
  stateFromSnapshot,
} from "@trilogue/shared";
import type { Executor } from "../db/database.js";
import { eventsSince } from "./event-log.repository.js";
import { canonicalJson } from "./log-chain.js";
import { logIntegrityError } from "./log-integrity.js";

/**
 * The state a consultation's log describes, rebuilt from its first event (which carries the
 * consultation) by applying every patch in order, as each client does with what it is sent.
 */
export function replayEvents(events: readonly ConsultationEvent[]): Snapshot {
  const first = events[0]?.patch.consultation;
  if (!first) throw logIntegrityError("The log does not start with its consultation.");
  let state: ConsultationState = emptyState(first);
  for (const event of events) state = applyPatch(state, event.patch, event.seq);
  return snapshotFromState(state);
}

/**
 * What differs between a snapshot read from the state tables and the replay of the log up to the
 * same seq: the names of the parts that differ ("seq", "consultation", or a collection), with the
 * ids of the first entities that differ. Empty when the two agree.
 */
export function divergenceFromLog(snapshot: Snapshot, events: readonly ConsultationEvent[]): string[] {
  const replayed = replayEvents(events);
  const stored = snapshotFromState(stateFromSnapshot(snapshot));
  const differences: string[] = [];
  if (replayed.seq !== stored.seq) differences.push(`seq (tables ${stored.seq}, log ${replayed.seq})`);
  if (canonicalJson(replayed.consultation) !== canonicalJson(stored.consultation)) differences.push("consultation");
  for (const name of collectionNames) {
    const fromLog = new Map((replayed[name] ?? []).map((entity) => [entity.id, canonicalJson(entity)]));
    const fromTables = new Map((stored[name] ?? []).map((entity) => [entity.id, canonicalJson(entity)]));
    const ids = new Set([...fromLog.keys(), ...fromTables.keys()]);
    const differing = [...ids].filter((id) => fromLog.get(id) !== fromTables.get(id));
    if (differing.length > 0) differences.push(`${name} (${differing.slice(0, 3).join(", ")})`);
  }
  return differences;
}

/**
 * Refuses to go on when the state tables no longer equal a replay of the log up to the snapshot's
 * seq: a row edited behind the log's back must not reach a summary or an export. Reads the log
 * with `db` (the snapshot's transaction, when there is one: the log only ever grows, so reading up
 * to the snapshot's seq is exact either way).
 */
export async function assertStateMatchesLog(db: Executor, consultationId: string, snapshot: Snapshot): Promise<void> {
  const events = await eventsSince(db, consultationId, 0, snapshot.seq);
  if (snapshot.seq === 0 && events.length === 0) return;
  const differences = divergenceFromLog(snapshot, events);
  if (differences.length > 0) {
    throw logIntegrityError(
      `The stored state of consultation ${consultationId} differs from a replay of its log (${differences.join("; ")}); no summary is built from it.`,
    );
  }
}
