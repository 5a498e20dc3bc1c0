import type { ConsultationEvent } from "./log.js";
import type { SyncResult } from "./socket-events.js";
import { applyPatch, type ConsultationState, stateFromSnapshot } from "./state.js";

/**
 * A consultation's state as one client holds it: fed by the catch-up answer and by live events,
 * applying each event exactly once and in sequence order. Events that arrive early (another
 * node's, or during catch-up) wait in a buffer; a gap that does not close calls for a new sync.
 */
export class Replica {
  /** The state, or null before the first snapshot. */
  state: ConsultationState | null = null;
  /** The chain hash of the last event applied: the head this client has seen, or null when unknown. */
  headHash: string | null = null;
  private buffer = new Map<number, ConsultationEvent>();

  /** The last sequence number applied, or null before the first snapshot. */
  get seq(): number | null {
    return this.state?.seq ?? null;
  }

  /** True when events are waiting for one that has not arrived. */
  get hasGap(): boolean {
    return this.buffer.size > 0;
  }

  /** Applies a catch-up answer; returns the events applied (empty for a snapshot). */
  applySync(result: SyncResult): ConsultationEvent[] {
    if (result.kind === "snapshot") {
      this.state = stateFromSnapshot(result.snapshot);
      this.headHash = result.snapshot.headHash ?? null;
      for (const seq of this.buffer.keys()) if (seq <= result.snapshot.seq) this.buffer.delete(seq);
      return this.drain();
    }
    return this.receive(result.events);
  }

  /** Takes live or caught-up events; returns those applied now, in order. */
  receive(events: readonly ConsultationEvent[]): ConsultationEvent[] {
    const seq = this.seq;
    for (const event of events) {
      if (seq === null || event.seq > seq) this.buffer.set(event.seq, event);
    }
    return this.drain();
  }

  private drain(): ConsultationEvent[] {
    const applied: ConsultationEvent[] = [];
    if (!this.state) return applied;
    for (let next = this.buffer.get(this.state.seq + 1); next; next = this.buffer.get(this.state.seq + 1)) {
      this.buffer.delete(next.seq);
      this.state = applyPatch(this.state, next.patch, next.seq);
      this.headHash = next.hash ?? null;
      applied.push(next);
    }
    return applied;
  }
}
