import type { ConsultationEvent } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { dumpDatabase, normalisedRowsOf, query } from "./database-dump.js";
import { newNonce, openRoom, type Room } from "./room.js";

/** Casting order, the same in both worlds. Three groups of like delegations, each ≥ the floor. */
const voters = [
  "France",
  "Russian Federation",
  "United Kingdom",
  "United States",
  "Ethiopia",
  "India",
  "Rwanda",
  "China",
  "Senegal",
  "Egypt",
] as const;
type Voter = (typeof voters)[number];
// 0 yes, 1 no, 2 abstain. The second world swaps France↔United States, Ethiopia↔India, China↔Senegal
// (each pair in the same constituencies), so every tally, overall and by constituency, is the same.
const firstWorld: Record<Voter, number> = {
  France: 0,
  "Russian Federation": 1,
  "United Kingdom": 0,
  "United States": 2,
  Ethiopia: 0,
  India: 1,
  Rwanda: 1,
  China: 2,
  Senegal: 0,
  Egypt: 1,
};
const secondWorld: Record<Voter, number> = {
  ...firstWorld,
  France: 2,
  "United States": 0,
  Ethiopia: 1,
  India: 0,
  China: 0,
  Senegal: 2,
};
/** The same changes in both worlds, each with the receipt of the ballot it replaces. */
const changes: [Voter, number][] = [
  ["Russian Federation", 2],
  ["Egypt", 0],
];

describe.each(databaseKinds)("secret ballots on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    for (const name of voters) await room.delegate(name);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  /** Runs one secret poll with these choices; returns the normalised database while open and after close. */
  async function runWorld(choices: Record<Voter, number>) {
    const { id } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Should the Council consult T/PCCs before any change of POC mandate?",
      kind: "yes_no_abstain",
      secret: true,
    });
    const pollId = id ?? "";
    await room.chair.must("poll:open", { pollId });
    const receipts = new Map<Voter, { nonce: string; choices: number[] }>();
    for (const [index, name] of voters.entries()) {
      const nonce = newNonce();
      const ballot = [choices[name]];
      await (await room.delegate(name)).must("ballot:cast", { pollId, choices: ballot, receipt: { nonce } });
      receipts.set(name, { nonce, choices: ballot });
      // One turnout announcement per ballot, so both worlds take the same steps.
      await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === index + 1, 5_000);
    }
    const india = await room.delegate("India");
    const forged = await india.send("ballot:cast", {
      pollId,
      choices: [2],
      receipt: { nonce: newNonce(), replaces: { nonce: newNonce(), choices: [choices.India] } },
    });
    expect(forged.ok).toBe(false);
    for (const [name, next] of changes) {
      const replaces = receipts.get(name);
      if (!replaces) throw new Error("no receipt");
      await (await room.delegate(name)).must("ballot:cast", {
        pollId,
        choices: [next],
        receipt: { nonce: newNonce(), replaces },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
    const whileOpen = await dumpDatabase(server);
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    const afterClose = await dumpDatabase(server);
    return { pollId, whileOpen, afterClose };
  }

  it("stores and sends nothing that tells which delegation voted what", async () => {
    const first = await runWorld(firstWorld);
    const second = await runWorld(secondWorld);

    // 1. Indistinguishable: every table, every column (with row transaction ids), every event:
    // the two worlds leave the same traces, so no query can tell France's choice from the US's.
    expect(normalisedRowsOf(second.whileOpen, second.pollId)).toEqual(normalisedRowsOf(first.whileOpen, first.pollId));
    expect(normalisedRowsOf(second.afterClose, second.pollId)).toEqual(
      normalisedRowsOf(first.afterClose, first.pollId),
    );

    // 2. What is there: THAT ten delegations voted (no time, no order column), and counts.
    const openRows = normalisedRowsOf(first.whileOpen, first.pollId);
    expect(openRows.poll_participation).toHaveLength(voters.length);
    expect(Object.keys(first.whileOpen.get("poll_participation")?.[0] ?? {}).sort()).toEqual([
      "__xmin",
      "cast_by",
      "delegation_id",
      "poll_id",
    ]);
    expect(openRows.poll_ballots).toBeUndefined();
    expect(openRows.poll_receipts).toHaveLength(voters.length);
    // Every counter row of the poll was rewritten by one and the same (last) transaction.
    const counters = (first.whileOpen.get("poll_option_counts") ?? []).filter((row) => row.poll_id === first.pollId);
    expect(counters).toHaveLength(15);
    expect(new Set(counters.map((row) => row.__xmin)).size).toBe(1);
    // After close the counters and receipts are gone; the published result remains.
    const closedRows = normalisedRowsOf(first.afterClose, first.pollId);
    expect(closedRows.poll_option_counts).toBeUndefined();
    expect(closedRows.poll_receipts).toBeUndefined();
    const [poll] = await query(server, `select result from polls where id = '${first.pollId}'`);
    expect(poll?.result).toMatchObject({
      disclosure: "by_constituency",
      overall: [5, 2, 3],
      byConstituency: { council: [4, 0, 3], tpcc: [3, 2, 1] },
    });

    // 3. The log and the broadcasts: no event about the poll names a voting delegation or delegate.
    const voterIds = voters.flatMap((name) => [room.delegationId(name)]);
    const delegates = await Promise.all(
      voters.map(async (name) => (await room.delegate(name)).me?.participantId ?? "?"),
    );
    const events = await query(server, "select type, actor_id, payload from consultation_events order by seq");
    const pollEvents = (list: unknown[]) =>
      list.filter((event) => [first.pollId, second.pollId].some((id) => JSON.stringify(event).includes(id)));
    for (const event of [...pollEvents(events), ...pollEvents(room.chair.received)]) {
      const text = JSON.stringify(event);
      for (const id of [...voterIds, ...delegates]) expect(text).not.toContain(id);
    }
    const broadcastTypes = (pollEvents(room.chair.received) as ConsultationEvent[]).map((event) => event.type);
    expect(new Set(broadcastTypes)).toEqual(
      new Set(["poll:created", "poll:opened", "poll:turnout-changed", "poll:closed"]),
    );
    // The audit of who cast what command holds no link either: secret ballots append no event.
    const receipts = await query(server, "select result from command_receipts where command = 'ballot:cast'");
    expect(receipts).toHaveLength(2 * (voters.length + changes.length));
    for (const row of receipts) expect(row.result).toEqual({ seq: 0 });
  });
});
