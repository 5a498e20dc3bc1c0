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

/** What changed in one consultation on this node since its last announcement. */
type Pending = {
  timer: NodeJS.Timeout;
  /** Participants whose sockets on this node connected or closed. */
  touched: Set<string>;
  /** Sockets of this node that connected and have not had the list yet. */
  newcomers: Set<string>;
};

/**
 * Tells a room who is connected. Changes are coalesced per consultation, and who is online is read
 * from every node. Each socket gets the whole list once, with the first announcement after it
 * connects; the others get only who came and went, each named with what every node says now.
 * A full list to the whole room per announcement cost size² bytes each time (issue 21: 3 GB of
 * presence in the 1,000- and 2,000-client runs, more than the snapshots); now each socket receives
 * the room once, and then only changes. A large room still waits longer between announcements,
 * so that a storm of arrivals is a few messages per socket, not one per arrival.
 */
export function createPresence(io: Io, delayMs = 100) {
  const pending = new Map<string, Pending>();
  const lastSize = new Map<string, number>();

  async function announce(consultationId: string) {
    const due = pending.get(consultationId);
    // A change from here on schedules another announcement: this one may have read the list before it.
    pending.delete(consultationId);
    if (!due) return;
    const room = consultationRoom(consultationId);
    try {
      const sockets = await io.in(room).fetchSockets();
      const online = new Set(sockets.flatMap((socket) => (socket.data.me ? [socket.data.me.participantId] : [])));
      const came = [...due.touched].filter((id) => online.has(id));
      const went = [...due.touched].filter((id) => !online.has(id));
      const newcomers = [...due.newcomers];
      if (came.length + went.length > 0) {
        (newcomers.length > 0 ? io.to(room).except(newcomers) : io.to(room)).emit("presence:changed", { came, went });
      }
      // The newcomers are this node's sockets: the list need not travel through the adapter.
      if (newcomers.length > 0) io.local.to(newcomers).emit("presence", { online: [...online] });
      if (online.size) lastSize.set(consultationId, online.size);
      else lastSize.delete(consultationId);
    } catch {
      // Another node did not answer in time: what was to be said waits for the next announcement.
      const again = pendingFor(consultationId);
      for (const id of due.touched) again.touched.add(id);
      for (const socketId of due.newcomers) again.newcomers.add(socketId);
    }
  }

  function pendingFor(consultationId: string): Pending {
    let due = pending.get(consultationId);
    if (!due) {
      const wait = delayMs + (lastSize.get(consultationId) ?? 0) * perPersonMs;
      due = {
        timer: setTimeout(() => void announce(consultationId), wait),
        touched: new Set(),
        newcomers: new Set(),
      };
      pending.set(consultationId, due);
    }
    return due;
  }

  /** A participant's socket on this node connected or closed. */
  function changed(consultationId: string, participantId: string) {
    pendingFor(consultationId).touched.add(participantId);
  }

  return {
    /** A socket on this node connected: it gets the whole list with the next announcement. */
    arrived(consultationId: string, participantId: string, socketId: string) {
      const due = pendingFor(consultationId);
      due.touched.add(participantId);
      due.newcomers.add(socketId);
    },
    /** A socket on this node closed. */
    left: changed,
    stop() {
      for (const due of pending.values()) clearTimeout(due.timer);
      pending.clear();
    },
  };
}
