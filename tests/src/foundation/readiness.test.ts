import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

/** Polls `/readyz` until it answers `status`; each answer must come quickly, never hang. */
async function waitForReadiness(url: string, status: number, timeoutMs = 15_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    const started = Date.now();
    // The pool gives up connecting after 3 s; an answer slower than 6 s counts as a hang.
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(6_000) });
    const body: unknown = await response.json();
    expect(Date.now() - started).toBeLessThan(6_000);
    if (response.status === status) return body;
    last = `${response.status} ${JSON.stringify(body)}`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/readyz never answered ${status}; last: ${last}`);
}

describe("readiness follows the database", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const direct = new URL(database.databaseUrl ?? "");
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    // The server reaches PostgreSQL only through the proxy, so the test can cut it.
    const throughProxy = new URL(direct);
    throughProxy.hostname = "127.0.0.1";
    throughProxy.port = String(proxy.port);
    server = await startServer(database, { DATABASE_URL: throughProxy.toString() });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.stop();
    await database?.drop();
  });

  it("answers 200 while PostgreSQL is reachable", async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", database: "reachable", migrations: "applied" });
  });

  it("answers 503, promptly, once PostgreSQL is unreachable", async () => {
    await proxy.stop();
    const body = await waitForReadiness(server.url, 503, 5_000);
    expect(body).toMatchObject({ status: "unavailable", database: "unreachable" });
    // Still 503 on a second look: not a one-off failure of a stale connection.
    const again = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(6_000) });
    expect(again.status).toBe(503);
    // The process itself is alive all along.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("answers 200 again once PostgreSQL is back on the same address", async () => {
    await proxy.start();
    const body = await waitForReadiness(server.url, 200);
    expect(body).toMatchObject({ status: "ready", database: "reachable", migrations: "applied" });
  });

  it("answers 503, not a hang, when PostgreSQL goes silent, and 200 once it speaks again", async () => {
    // Pooled connections are open: a silent server leaves their queries waiting unless they time out.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    proxy.freeze();
    const body = await waitForReadiness(server.url, 503, 10_000);
    expect(body).toMatchObject({ status: "unavailable", database: "unreachable" });
    await proxy.start();
    await waitForReadiness(server.url, 200);
  });
});
