import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient, tokenOf } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { queryRows, startServer, type TestServer } from "../support/server.js";

const madeUp = "00000000-0000-4000-8000-00000000beef";

describe.each(databaseKinds)("abuse limits and protocol edges on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let chair: TestClient;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const issue = async (body: Record<string, unknown> = {}) => {
    const response = await fetch(
      `${server.url}/api/operator/consultations/${server.app.demoLinks?.consultationId}/invitations`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${server.operatorToken}`, "content-type": "application/json" },
        body: JSON.stringify({ role: "observer", ...body }),
      },
    );
    expect(response.status).toBe(201);
    return tokenOf(((await response.json()) as { url: string }).url);
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database, {
      TRUST_PROXY: "1",
      JOIN_RATE_LIMIT_PER_MINUTE: "3",
      INVITATION_MAX_REDEMPTIONS: "2",
    });
    const { cookie } = await join(server.url, server.app.demoLinks?.chair ?? "", "Chair");
    chair = await TestClient.connect(server.url, cookie);
  });
  afterAll(async () => {
    chair?.close();
    await server?.close();
    await database?.drop();
  });

  it("refuses an anonymous summary check larger than any real summary, before reading it", async () => {
    const huge = JSON.stringify({ padding: "x".repeat(2 * 1024 * 1024) });
    const response = await post(`/api/consultations/${server.app.demoLinks?.consultationId}/summary/verify`, huge, {
      "x-forwarded-for": "198.51.100.1",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("keys join limits on the client behind the proxy, not on the proxy", async () => {
    const preview = (client: string) =>
      post("/api/invitations/preview", { token: "an-invalid-token-of-some-length" }, { "x-forwarded-for": client });
    const first: number[] = [];
    for (let i = 0; i < 5; i++) first.push((await preview("203.0.113.7")).status);
    expect(first.slice(0, 3)).toEqual([401, 401, 401]);
    expect(first).toContain(429);
    // Another person behind the same nginx still gets in.
    expect((await preview("203.0.113.8")).status).toBe(401);
  });

  it("lets a link open only as many sessions as its cap, even when joins arrive together", async () => {
    // Two links in one burst: their joins share a transaction, and each link is counted on its own.
    const tokens = [await issue(), await issue()];
    const statuses = await Promise.all(
      ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14"].map(
        async (client, i) =>
          (await post("/api/join", { token: tokens[i % 2], displayName: "Observer" }, { "x-forwarded-for": client }))
            .status,
      ),
    );
    for (const link of [0, 1]) {
      const own = statuses.filter((_, i) => i % 2 === link);
      expect(own.filter((status) => status === 200)).toHaveLength(2);
      expect(own.filter((status) => status === 401)).toHaveLength(2);
    }
    const once = await issue({ maxRedemptions: 1 });
    expect(
      (await post("/api/join", { token: once, displayName: "A" }, { "x-forwarded-for": "192.0.2.5" })).status,
    ).toBe(200);
    expect(
      (await post("/api/join", { token: once, displayName: "B" }, { "x-forwarded-for": "192.0.2.6" })).status,
    ).toBe(401);
  });

  it("refuses display names that are invisible, control-laden or empty once normalised", async () => {
    const token = await issue({ maxRedemptions: 10 });
    for (const [i, displayName] of ["Fr\u200Bance", "Ghana\u0007", "   ", "\u3000"].entries()) {
      const response = await post("/api/join", { token, displayName }, { "x-forwarded-for": `192.0.2.${20 + i}` });
      expect(response.status).toBe(400);
    }
    const ok = await post("/api/join", { token, displayName: "  ＦＲＡＮＣＥ  " }, { "x-forwarded-for": "192.0.2.30" });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { participant: { displayName: string } }).participant.displayName).toBe("FRANCE");
  });

  it("answers an oversized frame PAYLOAD_TOO_LARGE and keeps the connection", async () => {
    const ack = await chair.send("floor:withdraw", { requestId: madeUp, padding: "x".repeat(100 * 1024) } as never);
    expect(ack.ok ? "ok" : ack.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(chair.socket.connected).toBe(true);
    const next = await chair.send("floor:withdraw", { requestId: madeUp });
    expect(next.ok ? "ok" : next.error.code).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for an unknown agenda item, as for every unknown id", async () => {
    await chair.must("consultation:set-status", { status: "live" });
    // Each payload is valid for its command (the schemas are strict): only the item id is unknown.
    const sends = [
      ["agenda:open", () => chair.send("agenda:open", { itemId: madeUp })],
      ["agenda:reopen", () => chair.send("agenda:reopen", { itemId: madeUp })],
      ["agenda:set-time-box", () => chair.send("agenda:set-time-box", { itemId: madeUp, timeBoxSeconds: 600 })],
    ] as const;
    for (const [name, send] of sends) {
      const ack = await send();
      expect(`${name} ${ack.ok ? "ok" : ack.error.code}`).toBe(`${name} NOT_FOUND`);
    }
  });

  it("refuses an idempotency key reused with a different payload", async () => {
    const items = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
    const [first, second] = items;
    if (!first || !second) throw new Error("no agenda");
    const key = randomUUID();
    const done = await chair.send("agenda:set-time-box", { itemId: first.id, timeBoxSeconds: 600 }, key);
    expect(done.ok).toBe(true);
    const retry = await chair.send("agenda:set-time-box", { itemId: first.id, timeBoxSeconds: 600 }, key);
    expect(retry).toEqual(done);
    const reused = await chair.send("agenda:set-time-box", { itemId: second.id, timeBoxSeconds: 900 }, key);
    expect(reused.ok ? "ok" : reused.error.code).toBe("CONFLICT");
    await chair.sync();
    expect(chair.replica.state?.items[second.id]?.timeBoxSeconds).not.toBe(900);
  });

  it("prunes command receipts older than the retention at start", async () => {
    await queryRows(server.app, "update command_receipts set created_at = now() - interval '3 days'");
    const [{ count: before } = { count: 0 }] = await queryRows<{ count: number }>(
      server.app,
      "select count(*)::int as count from command_receipts",
    );
    expect(before).toBeGreaterThan(0);
    chair.close();
    await server.close();
    server = await startServer(database, { RECEIPT_RETENTION_HOURS: "24" });
    const deadline = Date.now() + 10_000;
    let left = before;
    while (left > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      [{ count: left } = { count: 0 }] = await queryRows<{ count: number }>(
        server.app,
        "select count(*)::int as count from command_receipts",
      );
    }
    expect(left).toBe(0);
  });
});
