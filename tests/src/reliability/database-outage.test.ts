import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

describe("PostgreSQL goes away while delegates are connected", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: TestServer;
  let chair: TestClient;
  let senegal: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const direct = new URL(database.databaseUrl ?? "");
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const throughProxy = new URL(direct);
    throughProxy.hostname = "127.0.0.1";
    throughProxy.port = String(proxy.port);
    server = await startServer(database, { DATABASE_URL: throughProxy.toString() });
    const links = server.app.demoLinks;
    chair = await TestClient.connect(server.url, (await join(server.url, links?.chair ?? "", "Chair")).cookie);
    const senegalLink = links?.delegations.find((d) => d.name === "Senegal")?.url ?? "";
    senegal = await TestClient.connect(server.url, (await join(server.url, senegalLink, "Senegal")).cookie);
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0);
    await chair.must("agenda:open", { itemId: first?.id ?? "" });
  });
  afterAll(async () => {
    chair?.close();
    senegal?.close();
    await server?.close();
    await proxy?.stop();
    await database?.drop();
  });

  it("refuses commands with UNAVAILABLE, promptly, and accepts the same retry once it is back", async () => {
    const acknowledged = await senegal.must("floor:request", { kind: "speaker" });
    await proxy.stop();
    const key = randomUUID();
    const started = Date.now();
    const refused = await senegal.send("floor:request", { kind: "point_of_order" }, key);
    expect(refused).toMatchObject({ ok: false, error: { code: "UNAVAILABLE" } });
    expect(Date.now() - started).toBeLessThan(8000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await proxy.start();
    let retried = await senegal.send("floor:request", { kind: "point_of_order" }, key);
    for (let attempt = 0; !retried.ok && attempt < 20; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      retried = await senegal.send("floor:request", { kind: "point_of_order" }, key);
    }
    expect(retried.ok).toBe(true);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await chair.sync();
    const requests = Object.values(chair.replica.state?.floorRequests ?? {});
    expect(requests.map((r) => r.id)).toContain(acknowledged.id);
    expect(requests.filter((r) => r.kind === "point_of_order")).toHaveLength(1);
  });

  it("answers within bounded time when the database freezes instead of dying", async () => {
    proxy.freeze();
    const started = Date.now();
    const refused = await senegal.send("floor:withdraw", { requestId: randomUUID() });
    expect(refused).toMatchObject({ ok: false, error: { code: "UNAVAILABLE" } });
    expect(Date.now() - started).toBeLessThan(9000);
    await proxy.start();
  });
});
