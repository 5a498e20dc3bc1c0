import type { SessionEndReason } from "@trilogue/shared";
import { endedSessions, recordSessionUse } from "../auth/sessions.service.js";
import type { Db } from "../db/database.js";
import { sessionRoom } from "./rooms.js";
import type { Io } from "./socket-server.js";

/** Tells a session's sockets why it ended, then closes them (on every node when `scope` is the whole server). */
export function endSessionSockets(
  scope: Pick<Io, "in"> | Pick<Io["local"], "in">,
  sessionId: string,
  reason: SessionEndReason,
): void {
  const room = scope.in(sessionRoom(sessionId));
  room.emit("session:ended", { reason });
  room.disconnectSockets(true);
}

/** How often live sockets are checked: soon enough to notice an idle or absolute end, at most every 30 s. */
export function sweepIntervalMs(lifetimes: { idleSeconds: number; maxSeconds: number }): number {
  return Math.max(250, Math.min(30_000, lifetimes.idleSeconds * 250, lifetimes.maxSeconds * 250));
}

/**
 * Live sockets notice that their session has ended. Socket activity is noted in memory and written
 * once per pass (it keeps the session from going idle); each pass reads this node's sockets'
 * sessions in one query and closes those that have expired, gone idle or been revoked, saying why.
 */
export function createSessionSweeper(deps: { io: Io; db: Db; intervalMs: number; onFault: (error: unknown) => void }) {
  const used = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;

  async function sweep(now = new Date()) {
    const live = new Set<string>();
    for (const socket of deps.io.of("/").sockets.values()) live.add(socket.data.sessionId);
    const active = [...used].filter((id) => live.has(id));
    used.clear();
    await recordSessionUse(deps.db, active, now);
    for (const [sessionId, reason] of await endedSessions(deps.db, [...live], now)) {
      endSessionSockets(deps.io.local, sessionId, reason);
    }
  }

  function schedule() {
    timer = setTimeout(() => {
      current = sweep()
        .catch(deps.onFault)
        .finally(() => {
          current = undefined;
          if (timer) schedule();
        });
    }, deps.intervalMs);
  }

  return {
    /** Notes that a session's socket did something. */
    used(sessionId: string) {
      used.add(sessionId);
    },
    start() {
      schedule();
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await current;
    },
  };
}
