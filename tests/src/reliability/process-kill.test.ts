import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { type Ack, type CommandResult, mayVote, snapshotFromState, type TrusteeKey } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptAsChair, publishChairKey, sealIn } from "../decisions/secret-polls.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { type ServerProcess, startServerProcess } from "../support/process.js";

type Links = {
  consultationId: string;
  chair: string;
  delegations: { name: string; url: string; constituencies: string[] }[];
};
type Voter = { name: string; cookie: string; client: TestClient };
/** A ballot sent before the kill, and how it was answered (if at all). */
type Sent = { delegation: string; poll: "named" | "secret"; choice: number; answer: "ok" | "refused" | "lost" };

const settle = (ack: Promise<Ack<CommandResult>>): Promise<Sent["answer"]> =>
  ack.then(
    (answer) => (answer.ok ? "ok" : "refused"),
    () => "lost",
  );

describe.each(databaseKinds)("the server process killed in the middle of a poll, on %s", (kind) => {
  let database: TestDatabase;
  let server: ServerProcess;
  let env: Record<string, string>;
  let links: Links;
  let chair: { cookie: string; client: TestClient };
  let voters: Voter[];
  let chairKey: TrusteeKey;
  const polls = { named: "", secret: "" };
  const sent: Sent[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    env = {
      DATA_DIR: database.dataDir,
      LOG_LEVEL: "warn",
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    };
    server = await startServerProcess(env);
    links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8"));
    const connect = async (link: string, name: string) => {
      const { cookie } = await join(server.url, link, name);
      return { cookie, client: await TestClient.connect(server.url, cookie) };
    };
    chair = await connect(links.chair, "Chair");
    // Ballots are open to the delegations the consultation's decision rule lets vote: the Secretariat
    // and observers are consulted and refused a ballot.
    const held = chair.client.replica.state;
    if (!held) throw new Error("no state");
    const mayCast = new Set(
      Object.values(held.delegations)
        .filter((d) => mayVote(held.consultation.decisionRule, d))
        .map((d) => d.name),
    );
    voters = [];
    for (const delegation of links.delegations.filter((d) => mayCast.has(d.name))) {
      voters.push({ name: delegation.name, ...(await connect(delegation.url, `Delegate of ${delegation.name}`)) });
    }
    const c = chair.client;
    await c.must("consultation:set-status", { status: "live" });
    const first = Object.values(c.replica.state?.items ?? {}).find((item) => item.position === 0);
    const question = {
      itemId: first?.id ?? "",
      question: "Should mandates name POC tiers?",
      kind: "yes_no_abstain",
    } as const;
    polls.named = (await c.must("poll:create", question)).id ?? "";
    polls.secret = (await c.must("poll:create", { ...question, secret: true })).id ?? "";
    chairKey = await publishChairKey(c, polls.secret);
    await c.must("poll:open", { pollId: polls.named });
    const opened = await c.must("poll:open", { pollId: polls.secret });
    await c.waitForSeq(opened.seq);
    for (const voter of voters) await voter.client.sync();
  });
  afterAll(async () => {
    for (const voter of voters ?? []) voter.client.close();
    chair?.client.close();
    await server?.kill();
    await database?.drop();
  });

  it("keeps every acknowledged ballot after SIGKILL and a restart on the same database", async () => {
    // Each delegation casts its secret ballot, then keeps changing its named one until the process
    // dies under it: at the kill, a ballot of every delegation is in flight.
    let killed = false;
    let acknowledged = 0;
    const cast = async (voter: Voter, poll: Sent["poll"], choice: number) => {
      const entry: Sent = { delegation: voter.name, poll, choice, answer: "lost" };
      sent.push(entry);
      const ballot =
        poll === "secret" ? { sealed: sealIn(voter.client, polls.secret, [choice]) } : { choices: [choice] };
      entry.answer = await settle(voter.client.send("ballot:cast", { pollId: polls[poll], ...ballot }));
      if (entry.answer === "ok") acknowledged += 1;
      return entry.answer;
    };
    const streams = voters.map(async (voter, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 5));
      if ((await cast(voter, "secret", index % 3)) !== "ok") return;
      for (let round = 0; !killed; round += 1) if ((await cast(voter, "named", (index + round) % 3)) !== "ok") return;
    });
    // Every secret ballot acknowledged (its proofs take longer than a named ballot, more so on a
    // slow machine, so counting acknowledgements alone could kill the process before them), and
    // the named ones going round; past the deadline the assertions below say what was missing.
    const secretAcknowledged = () => sent.filter((s) => s.poll === "secret" && s.answer === "ok").length;
    const deadline = Date.now() + 30_000;
    while ((secretAcknowledged() < voters.length || acknowledged < 3 * voters.length) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    killed = true;
    await server.kill();
    await Promise.all(streams);
    const ok = sent.filter((s) => s.answer === "ok");
    expect(sent.filter((s) => s.answer === "lost").length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.answer === "refused")).toEqual([]);

    server = await startServerProcess(env, server.port);
    // The chair comes back first with what it held, catches up, and closes both polls.
    const chairBack = await TestClient.connect(server.url, chair.cookie, chair.client.replica);
    chair.client = chairBack;
    await chairBack.must("poll:close", { pollId: polls.named });
    const closed = await chairBack.must("poll:close", { pollId: polls.secret });
    await chairBack.waitForSeq(closed.seq);
    await decryptAsChair(
      { url: server.url, consultationId: links.consultationId, cookie: chair.cookie },
      chairBack,
      polls.secret,
      chairKey,
    );
    const state = chairBack.replica.state;

    // Named: each delegation's ballot is its last acknowledged one, or one sent after it whose
    // answer the kill swallowed (it may have committed).
    const ballots = Object.values(state?.ballots ?? {}).filter((b) => b.pollId === polls.named);
    const delegationIds = new Map(Object.values(state?.delegations ?? {}).map((d) => [d.name, d.id]));
    for (const voter of voters) {
      const mine = sent.filter((s) => s.delegation === voter.name && s.poll === "named");
      const lastOk = mine.map((s) => s.answer).lastIndexOf("ok");
      if (lastOk < 0) continue;
      const stored = ballots.find((b) => b.delegationId === delegationIds.get(voter.name));
      const possible = mine.slice(lastOk).map((s) => [s.choice]);
      expect(possible, voter.name).toContainEqual(stored?.choices);
    }
    // Secret: every acknowledged ballot counts in the turnout, and in the tally where it is published.
    const result = state?.polls[polls.secret]?.result;
    const ackedSecret = ok.filter((s) => s.poll === "secret");
    expect(ackedSecret.length).toBe(voters.length);
    expect(result?.turnout.overall).toBe(voters.length);
    expect(result?.overall).toEqual([0, 1, 2].map((option) => ackedSecret.filter((s) => s.choice === option).length));
  });

  it("lets every delegate reconnect with what it held and catch up to the same state", async () => {
    for (const voter of voters) {
      const before = voter.client.replica.seq ?? 0;
      voter.client = await TestClient.connect(server.url, voter.cookie, voter.client.replica);
      expect(voter.client.lastSync, voter.name).toBe("events");
      expect(voter.client.replica.seq, voter.name).toBeGreaterThan(before);
    }
    // A newcomer gets a snapshot; everyone who caught up holds exactly that state.
    const fresh = await TestClient.connect(server.url, chair.cookie);
    expect(fresh.lastSync).toBe("snapshot");
    const target = fresh.replica.state;
    if (!target) throw new Error("no state");
    for (const voter of voters) {
      await voter.client.waitForSeq(target.seq);
      const state = voter.client.replica.state;
      expect(state && snapshotFromState(state), voter.name).toEqual(snapshotFromState(target));
    }
    fresh.close();
  });
});
