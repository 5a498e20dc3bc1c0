import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

describe.each(databaseKinds)("origins, CSRF, headers and join limits on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  const publicUrl = "http://trilogue.example";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database, { PUBLIC_URL: publicUrl, JOIN_RATE_LIMIT_PER_MINUTE: "5" });
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const handshake = (origin: string | undefined, cookie: string) =>
    new Promise<string>((resolve) => {
      const socket = io(server.url, {
        transports: ["websocket"],
        extraHeaders: { cookie, ...(origin ? { origin } : {}) },
        forceNew: true,
        reconnection: false,
      });
      socket.once("connect", () => {
        socket.close();
        resolve("connected");
      });
      socket.once("connect_error", () => {
        socket.close();
        resolve("refused");
      });
    });

  it("accepts sockets from its own origin only", async () => {
    const { cookie } = await join(server.url, server.app.demoLinks?.chair ?? "", "Chair");
    expect(await handshake(publicUrl, cookie)).toBe("connected");
    expect(await handshake("http://evil.example", cookie)).toBe("refused");
  });

  it("refuses a cookie-carrying mutation from another origin", async () => {
    const { cookie } = await join(server.url, server.app.demoLinks?.secretary ?? "", "Secretary");
    const forged = await fetch(`${server.url}/api/logout`, {
      method: "POST",
      headers: { cookie, origin: "http://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    const own = await fetch(`${server.url}/api/logout`, { method: "POST", headers: { cookie, origin: publicUrl } });
    expect(own.status).toBe(204);
  });

  it("sends security headers with a CSP that allows no inline script but the page's own, by its hash", async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("limits join attempts per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(`${server.url}/api/invitations/preview`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: "an-invalid-token-of-some-length" }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(await response.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    }
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
  });
});
