import type { ServerToClientEvents } from "@trilogue/shared";
import type { Server } from "socket.io";
import { consultationRoom } from "./rooms.js";

type Io = Server<
  Record<string, never>,
  ServerToClientEvents,
  Record<string, never>,
  { me?: { participantId: string } }
>;

/** How much longer a room waits between announcements per person in it: 500 people, about 1 s. */
const perPersonMs = 2;

/**
 * Tells a room who is connected. Changes are coalesced per consultation (a join storm sends a
 * handful of presence messages, not one per socket), and the list is read from every node. The
 * list grows with the room and goes to everyone in it, so a large room waits longer between
 * announcements: each costs size² bytes on the wire.
 */
export function createPresence(io: Io, delayMs = 100) {
  const timers = new Map<string, NodeJS.Timeout>();
  const lastSize = new Map<string, number>();

  async function announce(consultationId: string) {
    // A change from here on schedules another announcement: this one may have read the list before it.
    timers.delete(consultationId);
    const room = consultationRoom(consultationId);
    try {
      const sockets = await io.in(room).fetchSockets();
      const online = [...new Set(sockets.flatMap((socket) => (socket.data.me ? [socket.data.me.participantId] : [])))];
      io.to(room).emit("presence", { online });
      if (online.length) lastSize.set(consultationId, online.length);
      else lastSize.delete(consultationId);
    } catch {
      // Another node did not answer in time; the next change announces again.
    }
  }

  return {
    changed(consultationId: string) {
      if (timers.has(consultationId)) return;
      const wait = delayMs + (lastSize.get(consultationId) ?? 0) * perPersonMs;
      timers.set(
        consultationId,
        setTimeout(() => void announce(consultationId), wait),
      );
    },
    stop() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
