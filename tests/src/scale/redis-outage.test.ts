import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { snapshotFromState } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { type ServerProcess, startServerProcess } from "../support/process.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

const redis = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");

describe("Redis stops and starts under two nodes", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let nodeA: ServerProcess;
  let nodeB: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    const env = {
      DATABASE_URL: database.databaseUrl ?? "",
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      REDIS_CHANNEL_PREFIX: `test-${randomUUID()}`,
      DATA_DIR: database.dataDir,
    };
    nodeA = await startServerProcess(env);
    nodeB = await startServerProcess({ ...env, DATA_DIR: joinPath(database.dataDir, "b") });
  });
  afterAll(async () => {
    await Promise.allSettled([nodeA?.stop(), nodeB?.stop()]);
    await proxy?.stop();
    await database?.drop();
  });

  it("each node keeps serving its own clients, and cross-node delivery resumes with catch-up", async () => {
    const links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8")) as {
      chair: string;
      delegations: { name: string; url: string }[];
    };
    const link = (name: string) => links.delegations.find((d) => d.name === name)?.url ?? "";
    const chairA = await TestClient.connect(nodeA.url, (await join(nodeA.url, links.chair, "Chair")).cookie);
    const nepalB = await TestClient.connect(nodeB.url, (await join(nodeB.url, link("Bangladesh"), "On B")).cookie);
    const indiaA = await TestClient.connect(nodeA.url, (await join(nodeA.url, link("India"), "On A")).cookie);
    await chairA.must("consultation:set-status", { status: "live" });
    const first = Object.values(chairA.replica.state?.items ?? {}).find((item) => item.position === 0);
    const opened = await chairA.must("agenda:open", { itemId: first?.id ?? "" });
    await nepalB.waitForSeq(opened.seq);

    await proxy.stop();
    // Node A still serves its own room: the chair and India see each other's changes.
    const request = await indiaA.must("floor:request", { kind: "speaker" });
    await chairA.waitForSeq(request.seq);
    const given = await chairA.must("floor:give", {});
    await indiaA.waitForSeq(given.seq);
    expect(indiaA.replica.state?.floorRequests[request.id ?? ""]?.status).toBe("speaking");

    await proxy.start();
    // Node B's delegate learns what happened on A while Redis was away, without reconnecting.
    await eventually(() => (nepalB.replica.seq ?? 0) >= given.seq, 20_000, "node B's client to catch up");
    expect(snapshotFromState(nepalB.replica.state ?? never())).toEqual(
      snapshotFromState(chairA.replica.state ?? never()),
    );
    // And live cross-node delivery works again.
    const later = await nepalB.must("floor:request", { kind: "speaker" });
    await indiaA.waitForSeq(later.seq, 10_000);
    for (const client of [chairA, nepalB, indiaA]) client.close();
  });

  it("keeps each node up when Redis goes away while its broadcasts are in flight", async () => {
    const links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8")) as {
      delegations: { name: string; url: string }[];
    };
    const url = links.delegations.find((d) => d.name === "Ethiopia")?.url ?? "";
    const ethiopiaA = await TestClient.connect(nodeA.url, (await join(nodeA.url, url, "Busy on A")).cookie);
    // Changes whose broadcasts travel through Redis, one after another, while Redis stops mid-way.
    let stopped = false;
    const busy = (async () => {
      for (let i = 0; !stopped || i < 40; i++) {
        const asked = await ethiopiaA.must("floor:request", { kind: "speaker" });
        await ethiopiaA.must("floor:withdraw", { requestId: asked.id ?? "" });
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await proxy.stop();
    stopped = true;
    await busy;
    await proxy.start();
    // The node still answers the client it had, on the socket it had.
    expect(ethiopiaA.socket.connected).toBe(true);
    expect((await ethiopiaA.must("floor:request", { kind: "speaker" })).seq).toBeGreaterThan(0);
    ethiopiaA.close();
  });
});

function never(): never {
  throw new Error("missing state");
}
