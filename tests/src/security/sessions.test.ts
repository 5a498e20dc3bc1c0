import type { SessionEndReason } from "@trilogue/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientSocket, eventually, join, TestClient, tokenOf } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

/** Tries a socket handshake; resolves with the refusal code, or "connected" (and leaves the socket open). */
async function handshake(url: string, cookie: string, keep: ClientSocket[] = []): Promise<string> {
  const socket: ClientSocket = io(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve) => {
    socket.once("connect", () => {
      keep.push(socket);
      resolve("connected");
    });
    socket.once("connect_error", (error: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(error.data?.code ?? error.message);
    });
  });
}

/** Records how a client's socket was ended by the server. */
function watchEnd(client: TestClient) {
  const seen: { reason: SessionEndReason | null; disconnected: string | null } = { reason: null, disconnected: null };
  client.socket.on("session:ended", ({ reason }) => {
    seen.reason = reason;
  });
  client.socket.on("disconnect", (why) => {
    seen.disconnected = why;
  });
  return seen;
}

/** The server's own origin (PUBLIC_URL's default): a cookie-carrying POST must come from it. */
const origin = "http://localhost:3000";

const sessionStatus = async (url: string, cookie: string) =>
  (await fetch(`${url}/api/session`, { headers: { cookie } })).status;

describe.each(databaseKinds)("sessions end on the server, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let chairLink: string;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database, { SOCKETS_PER_SESSION: "2" });
    chairLink = server.app.demoLinks?.chair ?? "";
  });
  afterAll(async () => {
    for (const socket of open) socket.close();
    await server.close();
    await database.drop();
  });

  it("signing out revokes the session: its sockets are told and closed, HTTP and sockets refuse it", async () => {
    const { cookie } = await join(server.url, chairLink, "Chair");
    const client = await TestClient.connect(server.url, cookie);
    const seen = watchEnd(client);
    const logout = await fetch(`${server.url}/api/logout`, { method: "POST", headers: { cookie, origin } });
    expect(logout.status).toBe(204);
    await eventually(() => seen.disconnected !== null, 5000, "the socket to be closed");
    expect(seen).toEqual({ reason: "signed-out", disconnected: "io server disconnect" });
    expect(await sessionStatus(server.url, cookie)).toBe(401);
    expect(await handshake(server.url, cookie)).toBe("UNAUTHENTICATED");
  });

  it("joining again from the same browser replaces its previous session", async () => {
    const first = await join(server.url, chairLink, "Chair");
    const client = await TestClient.connect(server.url, first.cookie);
    const seen = watchEnd(client);
    const again = await fetch(`${server.url}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: first.cookie, origin },
      body: JSON.stringify({ token: tokenOf(chairLink), displayName: "Chair" }),
    });
    expect(again.status).toBe(200);
    const second = (again.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    await eventually(() => seen.disconnected !== null, 5000, "the old socket to be closed");
    expect(seen.reason).toBe("replaced");
    expect(await sessionStatus(server.url, first.cookie)).toBe(401);
    expect(await sessionStatus(server.url, second)).toBe(200);
  });

  it("caps the sockets one session holds open", async () => {
    const { cookie } = await join(server.url, chairLink, "Chair");
    const mine: ClientSocket[] = [];
    expect(await handshake(server.url, cookie, mine)).toBe("connected");
    expect(await handshake(server.url, cookie, mine)).toBe("connected");
    expect(await handshake(server.url, cookie, mine)).toBe("RATE_LIMITED");
    // Another session is not affected; closing a socket frees its place.
    const other = await join(server.url, chairLink, "Chair");
    expect(await handshake(server.url, other.cookie, open)).toBe("connected");
    mine[0]?.close();
    await eventually(() => mine[0]?.disconnected === true, 2000, "the socket to close");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await handshake(server.url, cookie, mine)).toBe("connected");
    for (const socket of mine) socket.close();
  });
});

describe.each(databaseKinds)("session lifetimes on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database, { SESSION_IDLE_SECONDS: "2", SESSION_MAX_SECONDS: "4" });
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it("a socket left unused is closed when its session goes idle, saying so", async () => {
    const { cookie } = await join(server.url, server.app.demoLinks?.chair ?? "", "Chair");
    const client = await TestClient.connect(server.url, cookie);
    const seen = watchEnd(client);
    await eventually(() => seen.disconnected !== null, 6000, "the idle socket to be closed");
    expect(seen.reason).toBe("idle");
    expect(await sessionStatus(server.url, cookie)).toBe(401);
  });

  it("a socket in use is kept past the idle lifetime, and closed at the absolute one", async () => {
    const started = Date.now();
    const { cookie } = await join(server.url, server.app.demoLinks?.secretary ?? "", "Secretary");
    const client = await TestClient.connect(server.url, cookie);
    const seen = watchEnd(client);
    const busy = setInterval(() => void client.catchUp(client.replica.seq, 1000).catch(() => undefined), 300);
    try {
      await eventually(() => seen.disconnected !== null, 9000, "the socket to be closed");
    } finally {
      clearInterval(busy);
    }
    expect(seen.reason).toBe("expired");
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
    expect(await sessionStatus(server.url, cookie)).toBe(401);
  });
});
