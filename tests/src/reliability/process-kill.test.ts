import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { type Ack, type CommandResult, snapshotFromState } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newNonce } from "../decisions/room.js";
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
    voters = [];
    for (const delegation of links.delegations.filter((d) => !d.constituencies.includes("observer"))) {
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
    await c.must("poll:open", { pollId: polls.named });
    await c.must("poll:open", { pollId: polls.secret });
  });
  afterAll(async () => {
    for (const voter of voters ?? []) voter.client.close();
    chair?.client.close();
    await server?.kill();
    await database?.drop();
  });

  it("keeps every acknowledged ballot after SIGKILL and a restart on the same database", async () => {
    // Every delegation votes in both polls, staggered, and the process dies while ballots are in flight.
    const answers: Promise<void>[] = [];
    let acknowledged = 0;
    voters.forEach((voter, index) => {
      const choice = index % 3;
      const cast = (poll: Sent["poll"]) => {
        const entry: Sent = { delegation: voter.name, poll, choice, answer: "lost" };
        sent.push(entry);
        const payload = {
          pollId: polls[poll],
          choices: [choice],
          ...(poll === "secret" ? { receipt: { nonce: newNonce() } } : {}),
        };
        return settle(voter.client.send("ballot:cast", payload)).then((answer) => {
          entry.answer = answer;
          if (answer === "ok") acknowledged += 1;
        });
      };
      answers.push(
        new Promise((resolve) => setTimeout(resolve, index * 8))
          .then(() => Promise.all([cast("named"), cast("secret")]))
          .then(() => {}),
      );
    });
    while (acknowledged < 6) await new Promise((resolve) => setTimeout(resolve, 2));
    await server.kill();
    await Promise.all(answers);
    const ok = sent.filter((s) => s.answer === "ok");
    expect(ok.length).toBeGreaterThanOrEqual(6);
    expect(sent.filter((s) => s.answer === "refused")).toEqual([]);

    server = await startServerProcess(env, server.port);
    // The chair comes back first with what it held, catches up, and closes both polls.
    const chairBack = await TestClient.connect(server.url, chair.cookie, chair.client.replica);
    chair.client = chairBack;
    const closed = await chairBack.must("poll:close", { pollId: polls.named });
    await chairBack.must("poll:close", { pollId: polls.secret });
    await chairBack.waitForSeq(closed.seq + 1);
    const state = chairBack.replica.state;

    // Named: every acknowledged ballot is there as cast. Secret: the tally holds at least those.
    const ballots = Object.values(state?.ballots ?? {}).filter((b) => b.pollId === polls.named);
    const delegationIds = new Map(Object.values(state?.delegations ?? {}).map((d) => [d.name, d.id]));
    for (const ballot of ok.filter((s) => s.poll === "named")) {
      const stored = ballots.find((b) => b.delegationId === delegationIds.get(ballot.delegation));
      expect(stored?.choices, ballot.delegation).toEqual([ballot.choice]);
    }
    const secretResult = state?.polls[polls.secret]?.result;
    const ackedSecret = ok.filter((s) => s.poll === "secret");
    expect(secretResult?.turnout.overall).toBeGreaterThanOrEqual(ackedSecret.length);
    expect(secretResult?.turnout.overall).toBeLessThanOrEqual(sent.filter((s) => s.poll === "secret").length);
    for (const option of [0, 1, 2]) {
      const floor = ackedSecret.filter((s) => s.choice === option).length;
      expect(secretResult?.overall?.[option] ?? 0).toBeGreaterThanOrEqual(floor);
    }
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
