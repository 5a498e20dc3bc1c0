import type { ServerToClientEvents } from "@trilogue/shared";
import type { Server } from "socket.io";
import { consultationRoom } from "./rooms.js";

type Io = Server<
  Record<string, never>,
  ServerToClientEvents,
  Record<string, never>,
  { me?: { participantId: string } }
>;

/**
 * Tells a room who is connected. Changes are coalesced per consultation (a join storm sends a
 * handful of presence messages, not one per socket), and the list is read from every node.
 */
export function createPresence(io: Io, delayMs = 100) {
  const timers = new Map<string, NodeJS.Timeout>();

  async function announce(consultationId: string) {
    timers.delete(consultationId);
    const room = consultationRoom(consultationId);
    try {
      const sockets = await io.in(room).fetchSockets();
      const online = [...new Set(sockets.flatMap((socket) => (socket.data.me ? [socket.data.me.participantId] : [])))];
      io.to(room).emit("presence", { online });
    } catch {
      // Another node did not answer in time; the next change announces again.
    }
  }

  return {
    changed(consultationId: string) {
      if (timers.has(consultationId)) return;
      timers.set(
        consultationId,
        setTimeout(() => void announce(consultationId), delayMs),
      );
    },
    stop() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
