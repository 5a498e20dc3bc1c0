import { randomUUID } from "node:crypto";
import {
  type BoardFinal,
  BoardFollower,
  boardPartSchema,
  type ConsultationEvent,
  sealBallot,
  verifyBoard,
} from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { dumpDatabase, normalisedRowsOf, query } from "./database-dump.js";
import { openRoom, type Room } from "./room.js";
import { ChairTrustee, castSealed, readBoard } from "./secret-polls.js";

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
/** The same changes in both worlds: a new sealed ballot replaces the delegation's last. */
const changes: [Voter, number][] = [
  ["Russian Federation", 2],
  ["Egypt", 0],
];

describe.each(databaseKinds)("secret ballots on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let trustee: ChairTrustee;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    trustee = new ChairTrustee(server, room);
    for (const name of voters) await room.delegate(name);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  /** Every refusal changes nothing: the database reads the same before and after. */
  async function expectRefusedChangingNothing(pollId: string, attempts: (() => Promise<{ ok: boolean }>)[]) {
    const before = normalisedRowsOf(await dumpDatabase(server), pollId);
    for (const attempt of attempts) expect((await attempt()).ok).toBe(false);
    expect(normalisedRowsOf(await dumpDatabase(server), pollId)).toEqual(before);
  }

  /** Runs one secret poll with these choices; returns the normalised database while open and after close. */
  async function runWorld(choices: Record<Voter, number>) {
    const frame = await trustee.openSecretPoll();
    const pollId = frame.pollId;
    for (const [index, name] of voters.entries()) {
      await castSealed(await room.delegate(name), frame, [choices[name]]);
      // One turnout announcement per ballot, so both worlds take the same steps.
      await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === index + 1, 5_000);
    }
    const india = await room.delegate("India");
    const board = await readBoard(server, room, india, pollId);
    const sealed = sealBallot(frame, [1]);
    const [first, second] = sealed.proofs;
    if (!first || !second) throw new Error("no proofs");
    const copied = board.ballots[0]?.ballot;
    if (!copied) throw new Error("the board has no ballots");
    await expectRefusedChangingNothing(pollId, [
      // A 0/1 proof that does not verify (two options' proofs swapped).
      () =>
        india.send("ballot:cast", {
          pollId,
          sealed: { ...sealed, proofs: [second, first, ...sealed.proofs.slice(2)] },
        }),
      // Too many choices: two marks, proved for a two-choice poll.
      () => india.send("ballot:cast", { pollId, sealed: sealBallot({ ...frame, maxChoices: 2 }, [0, 1]) }),
      // A ballot made for another poll.
      () => india.send("ballot:cast", { pollId, sealed: sealBallot({ ...frame, pollId: randomUUID() }, [1]) }),
      // A ballot copied from another delegation's board entry.
      () => india.send("ballot:cast", { pollId, sealed: copied }),
      // A plaintext choice in a secret poll.
      () => india.send("ballot:cast", { pollId, choices: [1] }),
    ]);
    for (const [name, next] of changes) await castSealed(await room.delegate(name), frame, [next]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const whileOpen = await dumpDatabase(server);
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    // The server has decrypted its share; the result waits for the chair's.
    const waiting = room.chair.replica.state?.polls[pollId];
    expect(waiting?.result).toBeNull();
    expect(waiting?.sealing?.trustees.map((t) => [t.id, t.hasDecrypted])).toEqual([
      ["chair", false],
      ["server", true],
    ]);
    await expectRefusedChangingNothing(pollId, [
      () => india.send("ballot:cast", { pollId, sealed: sealBallot(frame, [0]) }),
    ]);
    const tallied = await trustee.decrypt(pollId);
    await room.chair.waitForSeq(tallied.seq);
    const afterClose = await dumpDatabase(server);
    const verdict = verifyBoard(await readBoard(server, room, india, pollId));
    expect(verdict).toMatchObject({ ok: true, complete: true });
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
    expect(openRows.poll_option_counts).toBeUndefined();
    expect(openRows.poll_receipts).toBeUndefined();
    // Only ciphertexts and proofs: one sealed ballot per delegation, the last one it cast.
    expect(openRows.poll_sealed_ballots).toHaveLength(voters.length);
    // After close, the server's secret share is gone; the published result remains.
    const trustees = (first.afterClose.get("poll_trustees") ?? []).filter((row) => row.poll_id === first.pollId);
    expect(trustees.map((row) => row.secret_share)).toEqual([null, null]);
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
      new Set([
        "poll:created",
        "poll:trustee-ready",
        "poll:opened",
        "poll:turnout-changed",
        "poll:closed",
        "poll:tallied",
      ]),
    );
    // The audit of who cast what command holds no link either: secret ballots append no event.
    const receipts = await query(server, "select result from command_receipts where command = 'ballot:cast'");
    // Refused ballots leave no receipt.
    expect(receipts).toHaveLength(2 * (voters.length + changes.length));
    for (const row of receipts) expect(row.result).toEqual({ seq: 0 });
  });

  // At the tally the room is told the board's last part (`board:final`): the pages that followed
  // the board take it in instead of all asking for it at once. It must be the very answer their
  // own read would get, add up with their parts to the board whose hash the room is given, and
  // reach every participant.
  const partOf = async (client: TestClient, pollId: string, since: string) => {
    const url = `${server.url}/api/consultations/${room.consultationId}/polls/${pollId}/board?since=${encodeURIComponent(since)}`;
    const response = await fetch(url, { headers: { cookie: room.cookieOf(client) } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const announced = (client: TestClient, pollId: string) =>
    client.heard
      .filter(({ event }) => event === "board:final")
      .map(({ args }) => args[0] as BoardFinal)
      .filter((final) => final.pollId === pollId);

  it("tells the room at the tally the board's last part a following page would read, adding up to the room's board", async () => {
    const followers = ["France", "United States", "Ethiopia", "India"] as const;
    const frame = await trustee.openSecretPoll();
    const { pollId } = frame;
    const india = await room.delegate("India");
    const follower = new BoardFollower();
    for (const [index, name] of followers.entries()) {
      await castSealed(await room.delegate(name), frame, [index % 3]);
      await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === index + 1, 5_000);
      // India's page follows the board while the poll is open (the server reads it again at most once a second).
      if (index === 1 || index === followers.length - 1) {
        if (index === followers.length - 1) await new Promise((resolve) => setTimeout(resolve, 1_100));
        follower.apply(boardPartSchema.parse(JSON.parse(await partOf(india, pollId, follower.cursor ?? ""))));
      }
    }
    expect(follower.cursor).not.toBeNull();
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    await trustee.decrypt(pollId);
    const everyone = [room.chair, ...(await Promise.all(followers.map((name) => room.delegate(name))))];
    await eventually(() => everyone.every((client) => announced(client, pollId).length === 1), 5_000);
    const [final] = announced(india, pollId);
    if (!final) throw new Error("no announcement");
    // Once, the same to everyone, from the cursor India's page reached, the very bytes its read gets.
    for (const client of everyone) expect(announced(client, pollId)).toEqual([final]);
    expect(final.since).toBe(follower.cursor);
    expect(final.text).toBe(await partOf(india, pollId, final.since));
    // Taken in, it completes India's board: verified, and hashed to the hash the room shows.
    follower.apply(boardPartSchema.parse(JSON.parse(final.text)));
    const { verdict, hash } = follower.verify();
    expect(verdict).toMatchObject({ ok: true, complete: true });
    expect(hash).toBe(india.replica.state?.polls[pollId]?.sealing?.boardHash);
    expect(verdict.ok && verdict.result?.find((r) => r.scope === "all")?.counts).toEqual([2, 1, 1]);
  }, 60_000);

  it("tells the room no last part for a board nobody followed, nor for a named poll", async () => {
    const frame = await trustee.openSecretPoll();
    await castSealed(await room.delegate("France"), frame, [0]);
    const { id: namedId } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Named: shall the summary list every T/PCC's reservation?",
      kind: "yes_no_abstain",
    });
    const named = namedId ?? "";
    await room.chair.must("poll:open", { pollId: named });
    for (const pollId of [frame.pollId, named]) {
      const closed = await room.chair.must("poll:close", { pollId });
      await room.chair.waitForSeq(closed.seq);
    }
    // One ballot, under the disclosure floor: nothing to decrypt, the result (withheld) comes with the close.
    await eventually(() => room.chair.replica.state?.polls[frame.pollId]?.sealing?.boardHash != null, 5_000);
    // The announcement would follow the result within milliseconds: give it ample time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(announced(room.chair, frame.pollId)).toEqual([]);
    expect(announced(room.chair, named)).toEqual([]);
  }, 60_000);
});
