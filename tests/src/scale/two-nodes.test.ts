import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { snapshotFromState } from "@trilogue/shared";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { type ServerProcess, startServerProcess } from "../support/process.js";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("two server nodes sharing PostgreSQL and Redis", () => {
  let database: TestDatabase;
  let nodeA: ServerProcess;
  let nodeB: ServerProcess;
  let links: { consultationId: string; chair: string; delegations: { name: string; url: string }[] };
  const link = (name: string) => links.delegations.find((d) => d.name === name)?.url ?? "";

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const env = {
      DATABASE_URL: database.databaseUrl ?? "",
      REDIS_URL: redisUrl,
      // Its own channels: test files run at once on one Redis, as separate deployments would.
      REDIS_CHANNEL_PREFIX: `test-${randomUUID()}`,
      DATA_DIR: database.dataDir,
    };
    nodeA = await startServerProcess(env);
    nodeB = await startServerProcess({ ...env, DATA_DIR: joinPath(database.dataDir, "b") });
    links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8"));
  });
  afterAll(async () => {
    await Promise.allSettled([nodeA?.stop(), nodeB?.stop()]);
    await database?.drop();
  });

  it("creates the demo once although both nodes started on an empty database", async () => {
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    const { rows } = await client.query("select count(*)::int as n from consultations");
    await client.end();
    expect(rows[0].n).toBe(1);
  });

  it("keeps the log gap-free and every client in step with writes at both nodes, and survives a node's death", async () => {
    const chairA = await TestClient.connect(nodeA.url, (await join(nodeA.url, links.chair, "Chair on A")).cookie);
    const chairB = await TestClient.connect(nodeB.url, (await join(nodeB.url, links.chair, "Chair on B")).cookie);
    const indiaCookie = (await join(nodeA.url, link("India"), "India on A")).cookie;
    const india = await TestClient.connect(nodeA.url, indiaCookie);
    const rwanda = await TestClient.connect(nodeB.url, (await join(nodeB.url, link("Rwanda"), "Rwanda on B")).cookie);

    await chairA.must("consultation:set-status", { status: "live" });
    const items = Object.values(chairA.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
    await chairA.must("agenda:open", { itemId: items[0]?.id ?? "" });

    // Presence is read across nodes: each sees the other node's people online (a full list first,
    // then changes), and someone leaving node B is seen gone on node A.
    const ids = [chairA, chairB, india, rwanda].map((client) => client.me?.participantId ?? "");
    await eventually(
      () => [chairA, chairB, india, rwanda].every((client) => ids.every((id) => client.presence.online.includes(id))),
      10_000,
      "everyone online at both nodes",
    );
    const passing = await TestClient.connect(nodeB.url, (await join(nodeB.url, link("Japan"), "Japan on B")).cookie);
    const passingId = passing.me?.participantId ?? "";
    await eventually(() => india.presence.online.includes(passingId), 10_000, "Japan online at node A");
    passing.close();
    await eventually(() => !india.presence.online.includes(passingId), 10_000, "Japan gone at node A");

    // A delegate on node A sees what a delegate on node B did.
    const request = await rwanda.must("floor:request", { kind: "speaker" });
    await india.waitForSeq(request.seq);
    expect(india.replica.state?.floorRequests[request.id ?? ""]?.status).toBe("queued");

    // A ballot cast on node B reaches a delegate on node A, and counts in the tally there.
    const poll = await chairA.must("poll:create", {
      itemId: items[0]?.id ?? "",
      question: "Adopt the expectation on patrols?",
      kind: "yes_no_abstain",
      secret: false,
    });
    await chairA.must("poll:open", { pollId: poll.id ?? "" });
    const ballot = await rwanda.must("ballot:cast", { pollId: poll.id ?? "", choices: [0] });
    await india.waitForSeq(ballot.seq);
    const seen = Object.values(india.replica.state?.ballots ?? {}).filter((b) => b.pollId === poll.id);
    expect(seen.map((b) => [b.delegationId, b.choices])).toEqual([[rwanda.me?.delegationId, [0]]]);
    // The turnout a node's scheduler announces for it, before the burst below.
    await eventually(
      () => india.replica.state?.pollTurnouts[poll.id ?? ""]?.turnout.overall === 1,
      5000,
      "the turnout at node A",
    );

    // Who has not voted yet in a poll whose ballots are hidden: a ballot cast at node A reaches
    // the chair at node B through the chair's room, and no delegate at either node.
    const hidden = await chairA.must("poll:create", {
      itemId: items[0]?.id ?? "",
      question: "Endorse the force commander's concept of operations?",
      kind: "yes_no_abstain",
      secret: false,
      resultsVisibility: "on_close",
    });
    const hiddenId = hidden.id ?? "";
    await chairA.must("poll:open", { pollId: hiddenId });
    const waitingAt = (client: TestClient) =>
      client.heard
        .filter((message) => message.event === "poll:waiting")
        .flatMap((message) => message.args[0] as { pollId: string; delegationIds: string[] }[])
        .filter((waiting) => waiting.pollId === hiddenId)
        .at(-1)?.delegationIds;
    await india.must("ballot:cast", { pollId: hiddenId, choices: [1] });
    for (const chair of [chairA, chairB]) {
      await eventually(() => waitingAt(chair) !== undefined, 5000, "the chair told who has not voted");
      expect(waitingAt(chair)).toContain(rwanda.me?.delegationId);
      expect(waitingAt(chair)).not.toContain(india.me?.delegationId);
    }
    for (const delegate of [india, rwanda]) {
      expect(delegate.heard.map((message) => message.event)).not.toContain("poll:waiting");
    }

    // Writes arrive at both nodes at once.
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => [
        chairA.must("agenda:set-speaking-time", { itemId: items[1]?.id ?? "", speakingTimeSeconds: 60 + i }),
        chairB.must("agenda:set-speaking-time", { itemId: items[2]?.id ?? "", speakingTimeSeconds: 60 + i }),
      ]).flat(),
    );
    const seqs = burst.map((result) => result.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(60);
    const head = Math.max(...seqs);
    await Promise.all([chairA, chairB, india, rwanda].map((client) => client.waitForSeq(head)));
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      "select array_agg(seq order by seq) as seqs from consultation_events where consultation_id = $1",
      [links.consultationId],
    );
    await client.end();
    expect(rows[0].seqs).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    const reference = snapshotFromState(rwanda.replica.state ?? never());
    for (const each of [chairA, chairB, india])
      expect(snapshotFromState(each.replica.state ?? never())).toEqual(reference);

    // Node A dies; its delegate reconnects to node B and catches up on what happened meanwhile.
    let lost = false;
    india.socket.on("disconnect", () => {
      lost = true;
    });
    await nodeA.kill();
    await eventually(() => lost, 5000, "India to notice node A is gone");
    const given = await chairB.must("floor:give", {});
    const withdrawn = await chairB.must("agenda:set-time-box", { itemId: items[0]?.id ?? "", timeBoxSeconds: 1200 });
    const resumed = await TestClient.connect(nodeB.url, indiaCookie, india.replica);
    expect(resumed.lastSync).toBe("events");
    await resumed.waitForSeq(withdrawn.seq);
    expect(resumed.replica.state?.floorRequests[given.id ?? ""]?.status).toBe("speaking");
    await rwanda.waitForSeq(withdrawn.seq);
    expect(snapshotFromState(resumed.replica.state ?? never())).toEqual(
      snapshotFromState(rwanda.replica.state ?? never()),
    );
    for (const each of [chairA, chairB, resumed, rwanda]) each.close();
  });
});

function never(): never {
  throw new Error("missing state");
}
