import { randomUUID } from "node:crypto";
import { type Constituency, sealBallot, tallyBallots } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openRoom, type Room, registerDelegation } from "./room.js";
import { ChairTrustee } from "./secret-polls.js";

const count = 100;
/**
 * A mix of single and dual memberships, as in 2016 (Council members that are also T/PCCs). Member
 * States only: the Secretariat never votes (decision-rules.test.ts).
 */
const membership = (i: number): Constituency[] =>
  [["council"], ["tpcc"], ["council", "tpcc"], ["tpcc"], ["host"], ["tpcc", "host"]][i % 6] as Constituency[];
const firstChoice = (i: number) => i % 3;
const finalChoice = (i: number) => (i % 7 === 0 ? firstChoice(i) : (i * 5 + 1) % 3);

describe.each(databaseKinds)("a hundred delegations voting at once on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  const delegates: { id: string; client: TestClient; constituencies: Constituency[] }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    for (let i = 0; i < count; i++) {
      const constituencies = membership(i);
      const { id, url } = await registerDelegation(
        server,
        room.consultationId,
        `Storm delegation ${i}`,
        constituencies,
      );
      const { cookie } = await join(server.url, url, `Delegate ${i}`);
      delegates.push({ id, client: await TestClient.connect(server.url, cookie), constituencies });
    }
  });
  afterAll(async () => {
    for (const { client } of delegates) client.close();
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("ends with the exact tally, named and secret, after concurrent casts, changes and retries", async () => {
    const create = async (secret: boolean) => {
      const { id } = await room.chair.must("poll:create", {
        itemId: room.item.id,
        question: secret ? "Secret: adopt the expectation?" : "Named: adopt the expectation?",
        kind: "yes_no_abstain",
        secret,
      });
      await room.chair.must("poll:open", { pollId: id ?? "" });
      return id ?? "";
    };
    const named = await create(false);
    const trustee = new ChairTrustee(server, room);
    const frame = await trustee.openSecretPoll({ question: "Secret: adopt the expectation?" });
    const secret = frame.pollId;
    // Sealed beforehand, as each delegate's browser would, so that the storm is concurrent.
    const firstSealed = delegates.map((_, i) => sealBallot(frame, [firstChoice(i)]));
    const finalSealed = delegates.map((_, i) => sealBallot(frame, [finalChoice(i)]));

    // Everyone casts in both polls at once; every named ballot is sent twice with one key (a retry).
    await Promise.all(
      delegates.flatMap(({ client }, i) => {
        const key = randomUUID();
        return [
          client.must("ballot:cast", { pollId: secret, sealed: firstSealed[i] ?? never() }),
          client.send("ballot:cast", { pollId: named, choices: [firstChoice(i)] }, key),
          client.send("ballot:cast", { pollId: named, choices: [firstChoice(i)] }, key),
        ];
      }),
    );
    // Then everyone changes at once (some to the same choice).
    const acks = await Promise.all(
      delegates.flatMap(({ client }, i) => [
        client.send("ballot:cast", { pollId: named, choices: [finalChoice(i)] }),
        client.send("ballot:cast", { pollId: secret, sealed: finalSealed[i] ?? never() }),
      ]),
    );
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);

    const expected = tallyBallots(
      3,
      delegates.map(({ id }, i) => ({ delegationId: id, choices: [finalChoice(i)] })),
      Object.values(room.chair.replica.state?.delegations ?? {}),
    );
    expect(expected.turnout.overall).toBe(count);
    await eventually(
      () => room.chair.replica.state?.pollTurnouts[secret]?.turnout.overall === count,
      10_000,
      "secret turnout announced",
    );
    // The room's live view of the named poll, from the ballots it received.
    const watcher = delegates[0]?.client;
    await eventually(
      () => Object.values(watcher?.replica.state?.ballots ?? {}).filter((b) => b.pollId === named).length === count,
      10_000,
      "every named ballot broadcast",
    );
    for (const { client } of delegates.slice(0, 3)) {
      await client.sync();
      const state = client.replica.state;
      const live = tallyBallots(
        3,
        Object.values(state?.ballots ?? {}).filter((b) => b.pollId === named),
        Object.values(state?.delegations ?? {}),
      );
      expect(live.overall).toEqual(expected.overall);
    }

    for (const pollId of [named, secret]) {
      const closed = await room.chair.must("poll:close", { pollId });
      await room.chair.waitForSeq(closed.seq);
      if (pollId === secret) await room.chair.waitForSeq((await trustee.decrypt(pollId)).seq);
      const result = room.chair.replica.state?.polls[pollId]?.result;
      expect(result?.overall).toEqual(expected.overall);
      expect(result?.turnout).toEqual(expected.turnout);
      expect(result?.disclosure).toBe("by_constituency");
      expect(result?.byConstituency).toEqual(expected.byConstituency);
    }
  });

  it("delivers a storm as a few events, each ballot acknowledged with the event that carries it", async () => {
    const { id: pollId = "" } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Storm: adopt the expectation?",
      kind: "yes_no_abstain",
      secret: false,
    });
    await room.chair.must("poll:open", { pollId });
    const watcher = room.chair;
    const from = watcher.received.length;
    const keys = delegates.map(() => randomUUID());
    const cast = (i: number) =>
      delegates[i]?.client.send("ballot:cast", { pollId, choices: [firstChoice(i)] }, keys[i]) ?? never();
    const acks = (await Promise.all(delegates.map((_, i) => cast(i)))).map((ack) => (ack.ok ? ack.data : never()));
    // A retry after the batch committed reads its receipt back: the same answer, no new event.
    expect(await Promise.all([0, 1, count - 1].map(cast))).toEqual(
      [0, 1, count - 1].map((i) => ({ ok: true, data: acks[i] })),
    );
    await watcher.waitForSeq(Math.max(...acks.map((ack) => ack.seq)));
    const ballotEvents = watcher.received
      .slice(from)
      .filter((event) => event.type === "ballot:counted" && event.patch.upsert?.ballots?.[0]?.pollId === pollId);
    // Group commit: the hundred ballots come as a handful of events, not a hundred.
    expect(ballotEvents.length).toBeLessThan(count / 4);
    const carried = ballotEvents.flatMap((event) =>
      (event.patch.upsert?.ballots ?? []).map((b) => [b.delegationId, event]),
    );
    expect(carried).toHaveLength(count);
    const eventOf = new Map(carried as [string, (typeof ballotEvents)[number]][]);
    delegates.forEach(({ id }, i) => {
      const event = eventOf.get(id);
      expect(event?.seq).toBe(acks[i]?.seq);
      expect(event?.patch.upsert?.ballots?.find((b) => b.delegationId === id)?.choices).toEqual([firstChoice(i)]);
    });
    // A batch's event has no single actor; each ballot names who cast it.
    expect(ballotEvents.some((event) => event.actorId === null)).toBe(true);
    const casters = new Set(delegates.map(({ client }) => client.me?.participantId));
    for (const [, event] of carried as [string, (typeof ballotEvents)[number]][])
      for (const ballot of event.patch.upsert?.ballots ?? []) expect(casters.has(ballot.castBy)).toBe(true);
  });
});

function never(): never {
  throw new Error("unexpected refusal");
}
