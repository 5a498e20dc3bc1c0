import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import type {
  Ack,
  ClientToServerEvents,
  CommandInput,
  CommandName,
  CommandResult,
  ConsultationEvent,
  HandshakeAuth,
  ServerToClientEvents,
  SyncAnswer,
  SyncResult,
} from "@trilogue/shared";
import { requestSync, syncOver } from "@trilogue/shared";
import { io, type Socket } from "socket.io-client";
import { tokenOf } from "../../src/support/clients.js";
import { epochNow } from "./clock.js";

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A delegate's connection as cheap as the generator can hold 500 of: the real socket.io-client,
 * the session cookie from /api/join and the initial catch-up (the full state), but no replica:
 * scenarios look at the events as they arrive instead of applying them.
 */
export type BenchClient = {
  socket: BenchSocket;
  /** The session cookie, for HTTP calls as this person (a secret poll's board). */
  cookie: string;
  /** Called with every frame of committed events, at its arrival. */
  onEvents(listener: (events: ConsultationEvent[], at: number) => void): void;
  /** Sends a command with a fresh idempotency key; resolves with its acknowledgement. */
  send<C extends CommandName>(
    name: C,
    payload: Omit<CommandInput<C>, "idempotencyKey">,
    timeoutMs?: number,
  ): Promise<Ack<CommandResult>>;
  close(): void;
};

/** When each step of a join ended (epoch milliseconds): the HTTP join, the socket's connection, the state. */
export type JoinMarks = { joinedAt?: number; connectedAt?: number; readyAt?: number };

/**
 * Connections kept open after a join, as a browser keeps the page's (and as `fetch` did here).
 * Per generator process; the server sees one connection per joining client either way.
 */
const joinAgent = new Agent({ keepAlive: true });

/**
 * POST /api/join with an invitation link's token; returns the session cookie. The same request
 * and answer as the tests' `join` (tests/src/support/clients.ts), over `node:http` instead of
 * `fetch`: Node's fetch is undici in JavaScript (WHATWG streams, its HTTP parser in WebAssembly),
 * which cost a generator process about 2-3 ms of CPU per join, cold, in a storm where the whole
 * room joins at once; a browser's fetch is native code on the delegate's own machine. The server's
 * work is the same. Issue 21: the generators' CPU competes with the server's on this machine.
 */
export function joinOverHttp(url: string, link: string, displayName: string): Promise<{ cookie: string }> {
  const body = JSON.stringify({ token: tokenOf(link), displayName });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/api/join`,
      {
        method: "POST",
        agent: joinAgent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if ((response.statusCode ?? 0) >= 300) {
            reject(new Error(`join failed: ${response.statusCode} ${text}`));
            return;
          }
          const cookie = response.headers["set-cookie"]?.[0]?.split(";")[0];
          try {
            // Read as the page reads it (the participant it joined as), though the bench needs only the cookie.
            JSON.parse(text);
          } catch (error) {
            reject(error);
            return;
          }
          if (!cookie) reject(new Error("join answered without a session cookie"));
          else resolve({ cookie });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Joins with an invitation link, connects over WebSocket and waits for the full state. */
export async function joinAndConnect(url: string, link: string, name: string, marks?: JoinMarks): Promise<BenchClient> {
  const { cookie } = await joinOverHttp(url, link, name);
  if (marks) marks.joinedAt = epochNow();
  return connect(url, cookie, marks);
}

/**
 * Connects with a session cookie and waits until the snapshot has arrived. As the page does
 * (client/src/realtime/connection.ts), the handshake carries `{ lastSeq: null }`, so the server
 * sends the catch-up unasked as the socket connects: no `sync` round trip.
 */
export async function connect(url: string, cookie: string, marks?: JoinMarks): Promise<BenchClient> {
  const socket: BenchSocket = io(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    forceNew: true,
    reconnection: false,
    auth: { lastSeq: null } satisfies HandshakeAuth,
  });
  // Listening before the connection: the catch-up and its snapshot follow it on the socket.
  const caughtUp = requestSync(
    () =>
      new Promise<Ack<SyncAnswer>>((resolve) => {
        const timer = setTimeout(
          () => resolve({ ok: false, error: { code: "UNAVAILABLE", message: "no catch-up on connect" } }),
          30_000,
        );
        socket.once("catch-up", (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        socket.once("connect_error", () => {
          clearTimeout(timer);
          resolve({ ok: false, error: { code: "UNAVAILABLE", message: "not connected" } });
        });
      }),
    (keep) => {
      socket.on("snapshot", keep);
      return () => socket.off("snapshot", keep);
    },
  );
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (error) => reject(error));
  });
  if (marks) marks.connectedAt = epochNow();
  const sync = await caughtUp;
  if (!sync.ok) throw new Error(`sync refused: ${sync.error.message}`);
  if (marks) marks.readyAt = epochNow();
  return {
    socket,
    cookie,
    onEvents(listener) {
      socket.on("events", (events) => listener(events, performance.now()));
    },
    send(name, payload, timeoutMs = 30_000) {
      // The command map is a union of events; one untyped emit serves every command.
      const emit = socket.timeout(timeoutMs).emitWithAck as unknown as (
        event: string,
        payload: unknown,
      ) => Promise<Ack<CommandResult>>;
      return emit.call(socket.timeout(timeoutMs), name, { ...payload, idempotencyKey: randomUUID() });
    },
    close: () => socket.disconnect(),
  };
}

/** One catch-up, whole (the events missed, or the snapshot sent just before the answer). */
export function catchUp(socket: BenchSocket, lastSeq: number | null): Promise<Ack<SyncResult>> {
  return syncOver(socket, lastSeq, 30_000);
}

/** Sends a command and throws unless it is accepted. */
export async function must<C extends CommandName>(
  client: BenchClient,
  name: C,
  payload: Omit<CommandInput<C>, "idempotencyKey">,
): Promise<CommandResult> {
  const ack = await client.send(name, payload);
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Runs `work` over `items` with at most `limit` at once, keeping the order of results. */
export async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Waits until `check` holds or `timeoutMs` passes; returns whether it held. */
export async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return true;
}
