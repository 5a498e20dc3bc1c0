import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { type ServerProcess, startServerProcess } from "../support/process.js";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Deadlines are stored, not held in a node's memory: a consensus call set on node A is closed at
 * its deadline by whichever node's scheduler gets there, exactly once, although A is dead by then
 * and two other nodes poll for it.
 */
describe("a consensus deadline outlives the node that set it", () => {
  let database: TestDatabase;
  let nodes: ServerProcess[] = [];
  let links: { consultationId: string; chair: string; delegations: { name: string; url: string }[] };

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const env = {
      DATABASE_URL: database.databaseUrl ?? "",
      REDIS_URL: redisUrl,
      REDIS_CHANNEL_PREFIX: `test-${randomUUID()}`,
      LOG_LEVEL: "warn",
    };
    // One at a time: the first creates the demo; the others find it.
    const nodeA = await startServerProcess({ ...env, DATA_DIR: database.dataDir });
    const nodeB = await startServerProcess({ ...env, DATA_DIR: joinPath(database.dataDir, "b") });
    const nodeC = await startServerProcess({ ...env, DATA_DIR: joinPath(database.dataDir, "c") });
    nodes = [nodeA, nodeB, nodeC];
    links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8"));
  });
  afterAll(async () => {
    await Promise.allSettled(nodes.map((node) => node.stop()));
    await database?.drop();
  });

  it("closes the call once, on another node, after the node that set it was killed", async () => {
    const [nodeA, nodeB] = nodes;
    if (!nodeA || !nodeB) throw new Error("nodes did not start");
    const chair = await TestClient.connect(nodeA.url, (await join(nodeA.url, links.chair, "Chair on A")).cookie);
    const indiaLink = links.delegations.find((d) => d.name === "India")?.url ?? "";
    const india = await TestClient.connect(nodeB.url, (await join(nodeB.url, indiaLink, "India on B")).cookie);
    await chair.must("consultation:set-status", { status: "live" });
    const item = Object.values(chair.replica.state?.items ?? {}).find((each) => each.position === 0);
    await chair.must("agenda:open", { itemId: item?.id ?? "" });
    const called = await chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: item?.id ?? "", text: "Mandates name the political strategy they serve." },
      durationSeconds: 10,
    });
    const callId = called.id ?? "";
    await india.waitForSeq(called.seq);
    const deadline = Date.parse(india.replica.state?.consensusCalls[callId]?.deadlineAt ?? "");
    expect(deadline).toBeGreaterThan(Date.now());

    await nodeA.kill();
    expect(Date.now()).toBeLessThan(deadline);

    // Node B (or C) closes it at the deadline; India, on B, sees it close with no one acting.
    await eventually(() => india.replica.state?.consensusCalls[callId]?.status === "closed", 20_000, "the call closed");
    const closed = india.replica.state?.consensusCalls[callId];
    expect(closed?.closedBy).toBe("deadline");
    expect(closed?.outcome).toBe("adopted");
    expect(Date.parse(closed?.closedAt ?? "")).toBeGreaterThanOrEqual(deadline);

    // Several more scheduler passes on both surviving nodes: still one closing in the log.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ actor_id: string | null }>(
        "select actor_id from consultation_events where consultation_id = $1 and type = 'consensus:closed'",
        [links.consultationId],
      );
      expect(rows).toEqual([{ actor_id: null }]);
    } finally {
      await client.end();
    }
    const closings = india.received.filter((event) => event.type === "consensus:closed");
    expect(closings).toHaveLength(1);
    chair.close();
    india.close();
  });
});
