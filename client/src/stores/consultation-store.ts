import {
  type ConsultationEvent,
  type ConsultationState,
  Replica,
  type SyncResult,
  withEveryCollection,
} from "@trilogue/shared";
import { create } from "zustand";

/** The live state of the signed-in person's consultation, as the replica folds it. */
export type ConsultationStore = {
  /** The normalised state, or null before the first catch-up answer. */
  state: ConsultationState | null;
  /** True while events wait for one that has not arrived: the connection then asks for a catch-up. */
  hasGap: boolean;
  /** The chain hash of the last event applied: the log's head as this client has seen it. */
  headHash: string | null;
  /**
   * What the last update applied: the live events (possibly none), or the sequence number of a
   * snapshot, which replaces the state without saying which events it folds. Screens that keep
   * something read over HTTP (the summary) learn from it whether that is out of date.
   */
  applied: AppliedUpdate;
  /** Applies the answer to `sync`; returns the events applied (none for a snapshot). */
  applySync(result: SyncResult): ConsultationEvent[];
  /** Applies a batch of live events, in sequence order; returns those applied now. */
  receive(events: readonly ConsultationEvent[]): ConsultationEvent[];
  /** The last sequence number applied, for the next `sync`. */
  lastSeq(): number | null;
  /** Forgets everything (sign-out, or another consultation). */
  reset(): void;
};

export type AppliedUpdate = { events: readonly ConsultationEvent[]; snapshotSeq: number | null };
const nothingApplied: AppliedUpdate = { events: [], snapshotSeq: null };

/** The single entry point that applies server events: everything else only reads `state`. */
export const useConsultationStore = create<ConsultationStore>()((set) => {
  let replica = new Replica();
  const publish = (applied: AppliedUpdate) =>
    set({ state: replica.state, hasGap: replica.hasGap, headHash: replica.headHash, applied });
  return {
    state: null,
    hasGap: false,
    headHash: null,
    applied: nothingApplied,
    applySync(result) {
      const applied = replica.applySync(
        result.kind === "snapshot" ? { kind: "snapshot", snapshot: withEveryCollection(result.snapshot) } : result,
      );
      publish({ events: applied, snapshotSeq: result.kind === "snapshot" ? result.snapshot.seq : null });
      return applied;
    },
    receive(events) {
      const applied = replica.receive(events);
      publish({ events: applied, snapshotSeq: null });
      return applied;
    },
    lastSeq: () => replica.seq,
    reset() {
      replica = new Replica();
      publish(nothingApplied);
    },
  };
});

export { withEveryCollection };
