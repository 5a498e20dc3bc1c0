import {
  type Ack,
  type CommandName,
  type CommandResult,
  type ConsultationEvent,
  fieldOf,
  type HandshakeAuth,
  requestSync,
  type SessionEndReason,
  type SyncAnswer,
  type SyncResult,
  syncOver,
} from "@trilogue/shared";
import { io, XHR } from "socket.io-client";
import { useBoardFinalStore } from "../stores/board-final-store";
import { useConnectionStore } from "../stores/connection-store";
import { useConsultationStore } from "../stores/consultation-store";
import { usePresenceStore } from "../stores/presence-store";
import { useSessionStore } from "../stores/session-store";
import { useWaitingStore } from "../stores/waiting-store";
import { createCommandSender } from "./command-sender";
import { EarlyWebSocketTransport } from "./early-socket";
import { createFrameBatcher } from "./frame-batcher";
import type { ClientSocket, CommandArgs } from "./socket-types";

/** How long to wait for any acknowledgement before treating it as lost. */
export const ackTimeoutMs = 8000;

/** The one owner of the live link: components call `sendCommand` and read the stores. */
export type Connection = {
  /** Opens the socket (once); the session cookie authenticates it. */
  start(): void;
  /** Closes the socket and forgets the consultation (sign-out). */
  stop(): void;
  /** Sends a command; retries with the same idempotency key after a drop; never rejects. */
  sendCommand<C extends CommandName>(name: C, payload: CommandArgs<C>, key?: string): Promise<Ack<CommandResult>>;
  /** Asks for what was missed; one request at a time. */
  sync(): Promise<void>;
};

/** What the socket's handshake sends at each (re)connect, read at that moment (Socket.IO's `auth`). */
export type HandshakeAuthSource = (send: (auth: HandshakeAuth) => void) => void;

/** Builds a connection over the given socket factory; tests pass a fake. */
export function createConnection(
  open: (auth: HandshakeAuthSource) => ClientSocket,
  env: Window | null = globalThis.window ?? null,
): Connection {
  let socket: ClientSocket | null = null;
  let syncing: Promise<void> | null = null;
  /** The catch-up the server sends unasked on a (re)connect (the handshake carried `lastSeq`), not yet applied. */
  let pushed: Promise<Ack<SyncResult>> | null = null;
  /** Gives up waiting for that catch-up (the connection stopped). */
  let abandonPushed = () => {};
  let syncAgain = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const connectedWaiters = new Set<(connected: boolean) => void>();
  const connection = useConnectionStore.getState;
  const consultation = useConsultationStore.getState;

  const settleWaiters = (connected: boolean) => {
    for (const resolve of connectedWaiters) resolve(connected);
    connectedWaiters.clear();
  };
  const isOffline = () => env?.navigator.onLine === false;

  async function runSync(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      syncAgain = false;
      const current = socket;
      if (!current?.connected) return;
      let ack: Ack<SyncResult>;
      try {
        const arrived = pushed;
        pushed = null;
        ack = await (arrived ?? syncOver(current, consultation().lastSeq(), ackTimeoutMs));
      } catch {
        return; // no answer: the next connect or gap asks again
      }
      if (!ack.ok) {
        if (ack.error.code === "UNAUTHENTICATED") signedOut(ack.error.message);
        // A catch-up cut short (the snapshot lost on the way, the database away): ask again.
        if (ack.error.code === "UNAVAILABLE") continue;
        return;
      }
      liveEvents.flush(); // events already here go first; the replica drops any the answer holds
      consultation().applySync(ack.data);
      if (!syncAgain && !consultation().hasGap) {
        connection().markSynced();
        return;
      }
    }
    // A gap that does not close at once: ask again shortly rather than spin.
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void sync(), 1000);
  }

  function sync(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = runSync().finally(() => {
      syncing = null;
      // A reconnect's catch-up that arrived while an earlier round was under way: apply it now.
      if (pushed) void sync();
    });
    return syncing;
  }

  /**
   * The catch-up the server sends on connect, paired with its snapshot like a `sync` answer. Not
   * here within the acknowledgement timeout (a server that does not send it) or cut off by a drop,
   * it counts as an interrupted catch-up: `runSync` then asks with `sync`, or waits for the next connect.
   */
  function awaitPushed(s: ClientSocket): Promise<Ack<SyncResult>> {
    const interrupted: Ack<SyncAnswer> = {
      ok: false,
      error: { code: "UNAVAILABLE", message: "The catch-up did not arrive; asking for it." },
    };
    return requestSync(
      () =>
        new Promise<Ack<SyncAnswer>>((resolve) => {
          const done = (answer: Ack<SyncAnswer>) => {
            clearTimeout(timer);
            s.off("catch-up", done);
            s.off("disconnect", dropped);
            resolve(answer);
          };
          const dropped = () => done(interrupted);
          const timer = setTimeout(dropped, ackTimeoutMs);
          s.on("catch-up", done);
          s.on("disconnect", dropped);
          abandonPushed = dropped;
        }),
      (keep) => {
        s.on("snapshot", keep);
        return () => s.off("snapshot", keep);
      },
    );
  }

  function signedOut(reason: string, because?: SessionEndReason) {
    useSessionStore.getState().signedOut(reason, because);
    connection().setStatus("signed-out");
    socket?.disconnect();
    settleWaiters(false);
  }

  // Live events go to the store once a frame, however many frames of them the socket delivered.
  const liveEvents = createFrameBatcher<ConsultationEvent>(env, (events) => {
    consultation().receive(events);
    if (consultation().hasGap) void sync();
  });

  function onEvents(events: ConsultationEvent[]) {
    const last = events.at(-1);
    if (last) connection().observeServerTime(last.at);
    liveEvents.push(events);
  }

  const goOffline = () => {
    // The browser knows before the heartbeat does: drop the link now and say so.
    socket?.disconnect();
    connection().setStatus("offline");
  };
  const goOnline = () => {
    if (connection().status === "signed-out" || !socket || socket.connected) return;
    connection().setStatus("reconnecting");
    socket.connect();
  };

  function start() {
    if (socket) return;
    // Read at every (re)connect: the server sends the catch-up from here without being asked.
    const s = open((send) => send({ lastSeq: consultation().lastSeq() }));
    socket = s;
    connection().setStatus(isOffline() ? "offline" : "connecting");
    s.on("connect", () => {
      settleWaiters(true);
      // Listening from this moment: the catch-up and its snapshot follow the connection on the socket.
      pushed = awaitPushed(s);
      void sync();
    });
    s.on("disconnect", (reason) => {
      pushed = null;
      if (connection().status === "signed-out") return;
      connection().setStatus(isOffline() ? "offline" : "reconnecting");
      // A server-side disconnect is not retried by Socket.IO; try once to learn whether the
      // session still stands (a revoked one is refused at the handshake).
      if (reason === "io server disconnect") s.connect();
    });
    s.on("connect_error", (error) => {
      const data = fieldOf(error, "data");
      if (fieldOf(data, "code") === "UNAUTHENTICATED") {
        const message = fieldOf(data, "message");
        return signedOut(typeof message === "string" ? message : error.message);
      }
      if (connection().status !== "signed-out") connection().setStatus(isOffline() ? "offline" : "reconnecting");
      if (!s.active) setTimeout(() => s.connect(), 2000);
    });
    s.on("events", onEvents);
    s.on("presence", (presence) => usePresenceStore.getState().update(presence));
    s.on("presence:changed", (change) => usePresenceStore.getState().change(change));
    s.on("welcome", (me) => useSessionStore.getState().signedIn(me));
    // The node may have missed other nodes' events (Redis was away): catch up as on a reconnect.
    s.on("resync", () => void sync());
    // The chair's sockets alone hear this (the server's chair room).
    s.on("poll:waiting", (waiting) => useWaitingStore.getState().update(waiting));
    // A tallied secret poll's last board part, for the pages that followed the board (board-check.ts).
    s.on("board:final", (final) => useBoardFinalStore.getState().announce(final));
    // The server says why before it closes the socket: say it in the reader's language, and do not reconnect.
    s.on("session:ended", ({ reason }) => signedOut("", reason));
    env?.addEventListener("offline", goOffline);
    env?.addEventListener("online", goOnline);
  }

  function stop() {
    env?.removeEventListener("offline", goOffline);
    env?.removeEventListener("online", goOnline);
    clearTimeout(retryTimer);
    pushed = null;
    abandonPushed();
    socket?.removeAllListeners();
    socket?.disconnect();
    socket = null;
    settleWaiters(false);
    liveEvents.clear();
    consultation().reset();
    useWaitingStore.getState().reset();
    useBoardFinalStore.getState().reset();
    connection().setStatus("idle");
  }

  const sendCommand = createCommandSender({
    current: () => socket,
    untilConnected: () =>
      new Promise<boolean>((resolve) => {
        if (connection().status === "signed-out" || !socket) return resolve(false);
        connectedWaiters.add(resolve);
      }),
    timeoutMs: ackTimeoutMs,
  });

  return { start, stop, sendCommand, sync };
}

/**
 * The app's one connection, over the page's origin (cookies ride along). WebSocket first: on a
 * 400 ms link each long-polling round trip before the upgrade costs most of a second; where
 * WebSockets are blocked, `tryAllTransports` falls back to long-polling.
 */
export const connection: Connection = createConnection((auth) =>
  io({
    auth,
    autoConnect: true,
    withCredentials: true,
    reconnectionDelayMax: 5000,
    // The WebSocket transport takes over the socket the page's first script opened, when there is one.
    transports: [EarlyWebSocketTransport, XHR],
    tryAllTransports: true,
  }),
);

/** Sends a command on the app's connection; see {@link Connection.sendCommand}. */
export const sendCommand: Connection["sendCommand"] = (name, payload, key) =>
  connection.sendCommand(name, payload, key);
