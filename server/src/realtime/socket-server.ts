import type {
  Ack,
  ClientToServerEvents,
  CommandName,
  InterServerEvents,
  Me,
  ServerToClientEvents,
  SocketData,
  SyncAnswer,
} from "@trilogue/shared";
import { handshakeAuthSchema, syncRequestSchema, toValidationIssues, whoMayRead } from "@trilogue/shared";
import { inArray } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { Server, type Socket } from "socket.io";
import { resolveSessionWithId } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { loadSnapshot } from "../consultations/snapshot.js";
import { batchedLookup } from "../core/batched-lookup.js";
import { DomainError, toAppError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations } from "../db/schema.js";
import { eventsSince } from "../events/event-log.repository.js";
import { allowedOrigin } from "../http/protection.js";
import { waitingLists } from "../polls/waiting.js";
import type { createCommandBus } from "./command-bus.js";
import { isCommandName } from "./command-bus.js";
import { createPresence } from "./presence.js";
import { createTokenBucket } from "./rate-limiter.js";
import { chairRoom, consultationRoom, delegationRoom, participantRoom, sessionRoom } from "./rooms.js";
import { createSnapshotLoader } from "./snapshot-loader.js";
import { createSnapshotSender } from "./snapshot-sender.js";

export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The largest message a client may send: far above any real command, far below a flood. */
export const maxMessageBytes = 64 * 1024;
/** Frames beyond this are dropped by the transport with the connection (nothing can be answered). */
export const maxTransportFrameBytes = 1024 * 1024;

/** A received message's size as JSON (its acknowledgement callback aside). */
function frameBytes(event: string, args: unknown[]): number {
  const data = args.filter((arg) => typeof arg !== "function");
  return Buffer.byteLength(JSON.stringify([event, ...data]) ?? "");
}

/** Attaches Socket.IO to the app's HTTP server: the handshake, catch-up, commands and presence. */
export function createSocketServer(deps: {
  app: FastifyInstance;
  db: Db;
  publicUrl: string;
  bus: ReturnType<typeof createCommandBus>;
  commandRatePerIp: number;
  /** Sockets one session may hold open on this node. */
  socketsPerSession: number;
  /** How far behind a client may be before it gets a snapshot instead of the events it missed. */
  maxCatchUpEvents: number;
  /** Notes a session's socket activity (for its idle lifetime). */
  onSessionUsed: (sessionId: string) => void;
}): Io {
  const { app, db, bus } = deps;
  const io: Io = new Server(app.server, {
    serveClient: false,
    // Frames up to the transport's limit are read, so one over the message limit can be answered
    // PAYLOAD_TOO_LARGE (below) instead of the connection dropping without a word.
    maxHttpBufferSize: maxTransportFrameBytes,
    cors: { origin: deps.publicUrl, credentials: true },
    // CORS does not cover WebSocket upgrades: check the origin of every handshake ourselves.
    allowRequest: (request, callback) => callback(null, originAllowed(request.headers.origin)),
  });
  const originAllowed = allowedOrigin(deps.publicUrl);
  const ipBuckets = new Map<string, () => boolean>();
  const takeForIp = (ip: string) => {
    let take = ipBuckets.get(ip);
    if (!take) {
      take = createTokenBucket(deps.commandRatePerIp * 2, deps.commandRatePerIp);
      ipBuckets.set(ip, take);
    }
    return take();
  };
  const openSockets = new Map<string, number>();
  const presence = createPresence(io);
  const snapshotOf = createSnapshotLoader(
    (consultationId) => loadSnapshot(db, consultationId),
    (consultationId) => headSeq(db, consultationId),
  );
  const sendSnapshot = createSnapshotSender(io);

  // The handshake authenticates with the session cookie; nothing else is accepted.
  io.use(async (socket, next) => {
    try {
      const token = sessionCookie.read(app, socket.request.headers.cookie);
      if (!token)
        throw new DomainError("UNAUTHENTICATED", "Sign in with your invitation link first.", undefined, {
          code: "not_signed_in",
        });
      const { me, sessionId } = await resolveSessionWithId(db, token);
      const open = openSockets.get(sessionId) ?? 0;
      if (open >= deps.socketsPerSession) {
        throw new DomainError(
          "RATE_LIMITED",
          "Too many connections for this session; close another tab first.",
          undefined,
          { code: "too_many_connections" },
        );
      }
      // Counted now, not on connection: handshakes resolved together must not all see room for one more.
      openSockets.set(sessionId, open + 1);
      // Released when the connection closes, whether or not it got as far as connecting.
      socket.conn.once("close", () => {
        const left = (openSockets.get(sessionId) ?? 1) - 1;
        if (left > 0) openSockets.set(sessionId, left);
        else openSockets.delete(sessionId);
      });
      socket.data.me = me;
      socket.data.sessionId = sessionId;
      next();
    } catch (error) {
      const appError = toAppError(error);
      next(Object.assign(new Error(appError.message), { data: appError }));
    }
  });

  io.on("connection", (socket: AppSocket) => {
    const me: Me = socket.data.me;
    const { sessionId } = socket.data;
    const take = createTokenBucket(40, 20);
    /** A command, once the message has passed the checks below: rate limits, then the bus. */
    const command = async (name: CommandName, payload: unknown, ack: unknown) => {
      if (typeof ack !== "function") return;
      if (!take() || !takeForIp(socket.handshake.address)) {
        ack({ ok: false, error: { code: "RATE_LIMITED", message: "Too many actions at once; slow down." } });
        return;
      }
      ack(await bus.execute(me, name, payload));
    };
    socket.use(([event, ...args], next) => {
      deps.onSessionUsed(sessionId);
      const ack = args.at(-1);
      if (typeof ack === "function" && frameBytes(event, args) > maxMessageBytes) {
        ack({
          ok: false,
          error: { code: "PAYLOAD_TOO_LARGE", message: `A message may be at most ${maxMessageBytes / 1024} KB.` },
        });
        return;
      }
      // Commands are dispatched here, past the checks above, rather than by a listener per command
      // name on every socket: 51 closures and listeners per connection, registered for each of a
      // join storm's sockets (issue 21), for the one command a socket sends now and then.
      if (isCommandName(event)) {
        void command(event, args[0], args[1]);
        return;
      }
      next();
    });
    const joined = socket.join([
      consultationRoom(me.consultationId),
      participantRoom(me.participantId),
      sessionRoom(sessionId),
      ...(me.delegationId ? [delegationRoom(me.delegationId)] : []),
      // What only the chair may hear (who has not voted yet in a poll whose ballots are hidden).
      ...(whoMayRead.pollWaiting(me) ? [chairRoom(me.consultationId)] : []),
    ]);
    socket.emit("welcome", me);
    presence.arrived(me.consultationId, me.participantId, socket.id);
    socket.on("disconnect", () => presence.left(me.consultationId, me.participantId));

    /** One catch-up from the client's `{ lastSeq }`: the events missed, or a snapshot sent just before. */
    const catchUp = (request: unknown) =>
      sync(db, me.consultationId, request, deps.maxCatchUpEvents, async () => {
        const snapshot = await snapshotOf(me.consultationId);
        await sendSnapshot(socket.id, snapshot);
        return snapshot.seq;
      });
    // The chair catching up also learns who has not voted yet: nothing in the log says it.
    const tellChairWhoIsWaiting = async () => {
      if (!whoMayRead.pollWaiting(me)) return;
      try {
        const waiting = await waitingLists(db, me.consultationId);
        if (waiting.length > 0) socket.emit("poll:waiting", waiting);
      } catch (error) {
        app.log.warn({ err: error }, "could not tell the chair who has not voted");
      }
    };

    socket.on("sync", async (request, ack) => {
      if (typeof ack !== "function") return;
      ack(await catchUp(request));
      await tellChairWhoIsWaiting();
    });

    // Issue 21: a client that put its `{ lastSeq }` in the handshake's `auth` gets its catch-up now,
    // unasked, saving the round trip of a `sync` on every (re)connect (400 ms on a field mission's
    // link). The rooms were joined above, before the snapshot's load begins, so nothing committed
    // in between is missed: it is either in the snapshot or delivered live. Same answer as `sync`.
    const handshake = handshakeAuthSchema.safeParse(socket.handshake.auth);
    if (handshake.success) {
      void Promise.resolve(joined)
        .then(() => catchUp(handshake.data))
        .then(async (answer) => {
          if (!socket.connected) return;
          socket.emit("catch-up", answer);
          await tellChairWhoIsWaiting();
        })
        // The database failed us: the client, hearing nothing, asks with `sync` after a while.
        .catch((error: unknown) => app.log.warn({ err: error }, "could not send the catch-up on connect"));
    }

    // An event nobody handles still gets an answer, so a confused client is not left waiting.
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event === "sync" || isCommandName(event)) return;
      const ack = args.at(-1);
      if (typeof ack === "function") {
        ack({ ok: false, error: { code: "VALIDATION", message: `Unknown event: ${String(event).slice(0, 60)}` } });
      }
    });
  });

  app.addHook("onClose", async () => {
    presence.stop();
  });
  return io;
}

/** Answers a catch-up: the events missed, or a snapshot sent to the socket just before the answer. */
async function sync(
  db: Db,
  consultationId: string,
  raw: unknown,
  /** How far behind a client may be before it gets a snapshot instead of the events it missed. */
  maxEvents: number,
  sendSnapshot: () => Promise<number>,
): Promise<Ack<SyncAnswer>> {
  const parsed = syncRequestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: "VALIDATION", message: "Invalid sync request.", issues: toValidationIssues(parsed.error.issues) },
    };
  }
  try {
    const { lastSeq } = parsed.data;
    if (lastSeq !== null) {
      const events = await eventsSince(db, consultationId, lastSeq, maxEvents + 1);
      const contiguous = events.length === 0 || events[0]?.seq === lastSeq + 1;
      if (events.length <= maxEvents && contiguous) {
        // A client claiming more than the log holds gets a snapshot below.
        if (events.length > 0 || (await headSeq(db, consultationId)) === lastSeq) {
          return { ok: true, data: { kind: "events", events } };
        }
      }
    }
    return { ok: true, data: { kind: "snapshot-sent", seq: await sendSnapshot() } };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

/** The seq of the last event committed in each consultation asked for in the same turn, in one query. */
const lastSeqOf = batchedLookup(async (db, consultationIds) => {
  const rows = await db
    .select({ id: consultations.id, lastSeq: consultations.lastSeq })
    .from(consultations)
    .where(inArray(consultations.id, [...consultationIds]));
  return new Map(rows.map((row) => [row.id, row.lastSeq]));
});

async function headSeq(db: Db, consultationId: string): Promise<number> {
  return (await lastSeqOf(db, consultationId)) ?? 0;
}
