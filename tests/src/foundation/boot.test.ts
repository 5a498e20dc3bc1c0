import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join as joinWith, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

describe.each(databaseKinds)("boot on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    // Empty, as on a new machine: the server itself applies every migration at start-up.
    database = await createTestDatabase(kind, { fresh: true });
    server = await startServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("answers health and readiness once migrations are applied", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: "reachable", migrations: "applied" });
  });

  it("creates the demo with the five questions and delegations of every constituency", async () => {
    const links = JSON.parse(readFileSync(join(database.dataDir, "demo-links.json"), "utf8"));
    expect(links.consultationId).toBe(server.app.demoLinks?.consultationId);
    expect(links.chair).toMatch(/\/join#[\w-]{40,}$/);
    expect(links.delegations.length).toBeGreaterThanOrEqual(15);
    const constituencies = new Set(links.delegations.flatMap((d: { constituencies: string[] }) => d.constituencies));
    expect([...constituencies].sort()).toEqual(["council", "host", "observer", "secretariat", "tpcc"]);
    expect(links.delegations.some((d: { constituencies: string[] }) => d.constituencies.length > 1)).toBe(true);

    const { cookie } = await joinWith(server.url, links.chair, "Fodé Seck");
    const chair = await TestClient.connect(server.url, cookie);
    const state = chair.replica.state;
    chair.close();
    expect(state?.consultation.title).toBe("Protection of civilians and political strategies");
    const items = Object.values(state?.items ?? {}).sort((a, b) => a.position - b.position);
    expect(items).toHaveLength(5);
    expect(items[0]?.question).toMatch(/^How can the Security Council better reflect the effective linkages/);
    expect(Object.keys(state?.delegations ?? {})).toHaveLength(links.delegations.length);
  });

  it("creates the demo once: a second start on the same database adds nothing and gives the same links", async () => {
    const first = server.app.demoLinks;
    await server.close();
    server = await startServer(database);
    expect(server.app.demoLinks?.consultationId).toBe(first?.consultationId);
    expect(server.app.demoLinks?.chair).toBe(first?.chair);
    const response = await fetch(`${server.url}/api/operator/consultations`, {
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    const consultations = await response.json();
    expect(consultations).toHaveLength(1);
  });

  it("gives the demo's links under the address it now answers at, after a move", async () => {
    const token = server.app.demoLinks?.chair.split("#")[1];
    await server.close();
    server = await startServer(database, { PUBLIC_URL: "https://trilogue.example.org" });
    expect(server.app.demoLinks?.chair).toBe(`https://trilogue.example.org/join#${token}`);
    expect(server.app.demoLinks?.delegations.every((d) => d.url.startsWith("https://trilogue.example.org/join#"))).toBe(
      true,
    );
  });
});
