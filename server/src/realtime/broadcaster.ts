import type { ConsultationEvent, ServerToClientEvents } from "@trilogue/shared";
import type { Server } from "socket.io";
import { consultationRoom } from "./rooms.js";

type Io = Server<Record<string, never>, ServerToClientEvents>;

/**
 * Delivers committed events to a consultation's room. Events committed in the same tick go out
 * as one message, sorted by sequence, so a burst (a vote storm) costs each client one frame.
 */
export function createBroadcaster(io: Io) {
  const pending = new Map<string, ConsultationEvent[]>();
  let scheduled = false;

  function flush() {
    scheduled = false;
    for (const [consultationId, events] of pending) {
      events.sort((a, b) => a.seq - b.seq);
      io.to(consultationRoom(consultationId)).emit("events", events);
    }
    pending.clear();
  }

  return function publish(consultationId: string, events: ConsultationEvent[]) {
    if (events.length === 0) return;
    const queue = pending.get(consultationId);
    if (queue) queue.push(...events);
    else pending.set(consultationId, [...events]);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
