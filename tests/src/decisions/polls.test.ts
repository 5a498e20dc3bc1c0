import { type CommandInput, eligibleVoters, type PollWaiting, sealBallot, tallyBallots } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { eventsAfter, expectRefused, headSeq, openRoom, type Room } from "./room.js";
import { ChairTrustee } from "./secret-polls.js";

describe.each(databaseKinds)("polls on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  const createPoll = async (input: Partial<CommandInput<"poll:create">>) => {
    const created = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Should mandates name the political strategy POC serves?",
      kind: "yes_no_abstain",
      ...input,
    });
    const pollId = created.id ?? "";
    await room.chair.must("poll:open", { pollId });
    return pollId;
  };
  const turnoutOf = (pollId: string) => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall ?? -1;
  /** The last "not yet voted" list a client heard for a poll, or null if it heard none. */
  const waitingHeard = (client: TestClient, pollId: string): string[] | null => {
    const lists = client.heard
      .filter((message) => message.event === "poll:waiting")
      .flatMap((message) => (message.args[0] as PollWaiting[]).filter((w) => w.pollId === pollId));
    return lists.at(-1)?.delegationIds.slice().sort() ?? null;
  };

  it("shows a named poll's ballots live, lets the last ballot count, and fixes the result at close", async () => {
    const pollId = await createPoll({});
    const senegal = await room.delegate("Senegal");
    const france = await room.delegate("France");
    await senegal.must("ballot:cast", { pollId, choices: [1] });
    await france.must("ballot:cast", { pollId, choices: [0] });
    const changed = await senegal.must("ballot:cast", { pollId, choices: [0] });
    await room.chair.waitForSeq(changed.seq);
    await eventually(() => turnoutOf(pollId) === 2, 5_000, "turnout announced");

    const state = room.chair.replica.state;
    if (!state) throw new Error("no state");
    const ballots = Object.values(state.ballots).filter((b) => b.pollId === pollId);
    expect(ballots).toHaveLength(2);
    const live = tallyBallots(3, ballots, Object.values(state.delegations));
    expect(live.overall).toEqual([2, 0, 0]);
    expect(live.byConstituency.tpcc).toEqual([1, 0, 0]);
    const turnoutEvent = room.chair.received.find((event) => event.type === "poll:turnout-changed");
    expect(turnoutEvent?.actorId).toBeNull();

    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    expect(room.chair.replica.state?.polls[pollId]).toMatchObject({
      status: "closed",
      result: { disclosure: "by_constituency", overall: [2, 0, 0], turnout: { overall: 2 } },
    });
    await expectRefused(senegal, () => senegal.send("ballot:cast", { pollId, choices: [1] }), "CONFLICT", room.chair);
  });

  it("hides a named poll's ballots until close when results show on close", async () => {
    const pollId = await createPoll({
      kind: "multiple_choice",
      options: ["Tier I", "Tier II", "Tier III"],
      maxChoices: 2,
      resultsVisibility: "on_close",
    });
    const india = await room.delegate("India");
    const before = await headSeq(room.chair);
    const cast = await india.must("ballot:cast", { pollId, choices: [2, 0] });
    expect(cast.seq).toBe(0);
    const tooMany = await india.send("ballot:cast", { pollId, choices: [0, 1, 2] });
    expect(tooMany.ok ? null : tooMany.error.code).toBe("CONFLICT");
    await eventually(() => turnoutOf(pollId) === 1, 5_000, "turnout announced");
    const meanwhile = await eventsAfter(room.chair, before);
    expect(meanwhile.map((e) => e.type)).toEqual(["poll:turnout-changed"]);
    expect(JSON.stringify(meanwhile)).not.toContain(room.delegationId("India"));

    // The chair alone hears who has not voted yet, over the chair's room.
    const state = room.chair.replica.state;
    if (!state) throw new Error("no state");
    const voters = eligibleVoters(state.consultation.decisionRule, Object.values(state.delegations), true);
    const others = voters.map((d) => d.id).filter((id) => id !== room.delegationId("India"));
    expect(others).toContain(room.delegationId("Senegal"));
    await eventually(() => waitingHeard(room.chair, pollId)?.length === others.length, 5_000, "the chair told");
    expect(waitingHeard(room.chair, pollId)).toEqual(others.slice().sort());
    const senegal = await room.delegate("Senegal");
    await senegal.must("ballot:cast", { pollId, choices: [1] });
    const shrunk = others.filter((id) => id !== room.delegationId("Senegal")).sort();
    await eventually(() => waitingHeard(room.chair, pollId)?.length === shrunk.length, 5_000, "the list to shrink");
    expect(waitingHeard(room.chair, pollId)).toEqual(shrunk);
    // A chair reconnecting hears it again with the catch-up; a delegate reconnecting does not.
    const chairAgain = await TestClient.connect(server.url, room.cookieOf(room.chair), room.chair.replica);
    const senegalAgain = await TestClient.connect(server.url, room.cookieOf(senegal), senegal.replica);
    await eventually(() => waitingHeard(chairAgain, pollId) !== null, 5_000, "the chair's catch-up");
    expect(waitingHeard(chairAgain, pollId)).toEqual(shrunk);
    chairAgain.close();
    // No delegation's socket carried who voted: not the list, not a voter's id.
    const adviser = await room.invite({ role: "adviser", delegationId: room.delegationId("Egypt") });
    for (const client of [india, senegal, senegalAgain, adviser]) {
      expect(client.heard.map((message) => message.event)).not.toContain("poll:waiting");
      // (`welcome` names the client's own delegation; India's own socket may hear its own id there.)
      const rest = client.heard.filter((message) => message.event !== "welcome");
      expect(JSON.stringify(rest)).not.toContain(room.delegationId("India"));
      expect(JSON.stringify(client.received.filter((e) => e.seq > before))).not.toContain(room.delegationId("Senegal"));
    }
    senegalAgain.close();

    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    const revealed = Object.values(room.chair.replica.state?.ballots ?? {}).filter((b) => b.pollId === pollId);
    expect(revealed.map((b) => [b.delegationId, b.choices]).sort()).toEqual(
      [
        [room.delegationId("India"), [0, 2]],
        [room.delegationId("Senegal"), [1]],
      ].sort(),
    );
  });

  it("takes a sealed secret ballot, lets the last one count, and publishes counts once the trustees decrypt", async () => {
    const trustee = new ChairTrustee(server, room);
    const frame = await trustee.openSecretPoll({ question: "Should mandates name the political strategy POC serves?" });
    const pollId = frame.pollId;
    const names = ["France", "United Kingdom", "Japan", "Russian Federation"];
    for (const [index, name] of names.entries()) {
      const client = await room.delegate(name);
      const ack = await client.must("ballot:cast", { pollId, sealed: sealBallot(frame, [index % 2]) });
      expect(ack.seq).toBe(0);
    }
    const france = await room.delegate("France");
    const plain = await france.send("ballot:cast", { pollId, choices: [2] });
    expect(plain.ok ? null : plain.error.code).toBe("VALIDATION");
    // A new sealed ballot replaces the delegation's last.
    await france.must("ballot:cast", { pollId, sealed: sealBallot(frame, [2]) });
    const named = await france.send("ballot:cast", { pollId: "00000000-0000-4000-8000-000000000000", choices: [0] });
    expect(named.ok ? null : named.error.code).toBe("NOT_FOUND");

    await eventually(() => turnoutOf(pollId) === 4, 5_000, "turnout announced");
    expect(Object.values(room.chair.replica.state?.ballots ?? {}).some((b) => b.pollId === pollId)).toBe(false);
    expect(room.chair.replica.state?.polls[pollId]?.result).toBeNull();
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    expect(room.chair.replica.state?.polls[pollId]?.result).toBeNull();
    const tallied = await trustee.decrypt(pollId);
    await room.chair.waitForSeq(tallied.seq);
    // UK and Russia voted no, Japan yes, France changed to abstain: four council-only ballots.
    expect(room.chair.replica.state?.polls[pollId]?.result).toMatchObject({
      disclosure: "by_constituency",
      overall: [1, 2, 1],
      byConstituency: { council: [1, 2, 1], tpcc: [0, 0, 0] },
      turnout: { overall: 4, byConstituency: { council: 4 } },
    });
  });

  it("gives advisers, observers, the chair and observer delegations no ballot", async () => {
    const pollId = await createPoll({});
    const adviser = await room.invite({ role: "adviser", delegationId: room.delegationId("Egypt") });
    const au = await room.delegate("African Union");
    for (const client of [adviser, au, room.chair]) {
      await expectRefused(client, () => client.send("ballot:cast", { pollId, choices: [0] }), "FORBIDDEN", room.chair);
    }
  });
});
