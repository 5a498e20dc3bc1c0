import type { ConsultationEvent, ServerToClientEvents } from "@trilogue/shared";
import type { Server } from "socket.io";
import { consultationRoom } from "./rooms.js";

type Io = Server<Record<string, never>, ServerToClientEvents>;

/**
 * How much one frame carries, counted in events plus the entities their patches upsert. Writing a
 * frame to every socket of a room happens in one go; a vote storm's 500 ballots in one frame to
 * 500 sockets is 60 MB written without a pause, which stalls the event loop. Frames of this size
 * are written one per turn of the loop, so acknowledgements and queries go on in between. A
 * frame always takes at least one event, however large.
 */
export const maxFrameWeight = 100;

const weightOf = (event: ConsultationEvent) =>
  1 + Object.values(event.patch.upsert ?? {}).reduce((sum, entities) => sum + (entities?.length ?? 0), 0);

/** How many of `events` (sorted) the next frame takes. */
export function frameLength(events: readonly ConsultationEvent[]): number {
  let weight = 0;
  let count = 0;
  for (const event of events) {
    weight += weightOf(event);
    if (count > 0 && weight > maxFrameWeight) break;
    count += 1;
  }
  return count;
}

/**
 * Delivers committed events to a consultation's room. Events committed in the same tick go out
 * together, sorted by sequence, in frames of at most `maxFrameWeight`: a burst (a vote storm)
 * costs each client a few frames, not one per event.
 */
export function createBroadcaster(io: Io) {
  const pending = new Map<string, ConsultationEvent[]>();
  let scheduled = false;

  function flush() {
    scheduled = false;
    for (const [consultationId, events] of pending) {
      events.sort((a, b) => a.seq - b.seq);
      const frame = events.splice(0, frameLength(events));
      io.to(consultationRoom(consultationId)).emit("events", frame);
      if (events.length === 0) pending.delete(consultationId);
    }
    // The rest of a burst goes on the next turn, after whatever else is waiting.
    if (pending.size > 0) schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return function publish(consultationId: string, events: ConsultationEvent[]) {
    if (events.length === 0) return;
    const queue = pending.get(consultationId);
    if (queue) queue.push(...events);
    else pending.set(consultationId, [...events]);
    schedule();
  };
}
