import { type BoardFinal, BoardFollower, boardPartSchema } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openRoom, type Room } from "./room.js";
import { ChairTrustee, castSealed } from "./secret-polls.js";

const voters = ["France", "United States", "Ethiopia", "India"] as const;

/**
 * At a secret poll's tally the room is told the board's last part (`board:final`): the pages that
 * followed the board take it in instead of all asking for it at once. It must be the very answer
 * their own read would get, add up with their parts to the board whose hash the room is given,
 * and reach every participant.
 */
describe.each(databaseKinds)("a tallied board's last part, announced to the room, on %s", (kind) => {
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

  it("is the part a page that followed the board would read, and adds up to the board the room was given", async () => {
    const frame = await trustee.openSecretPoll();
    const { pollId } = frame;
    const india = await room.delegate("India");
    const follower = new BoardFollower();
    for (const [index, name] of voters.entries()) {
      await castSealed(await room.delegate(name), frame, [index % 3]);
      await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === index + 1, 5_000);
      // India's page follows the board while the poll is open (the server reads it again at most once a second).
      if (index === 1 || index === voters.length - 1) {
        if (index === voters.length - 1) await new Promise((resolve) => setTimeout(resolve, 1_100));
        follower.apply(boardPartSchema.parse(JSON.parse(await partOf(india, pollId, follower.cursor ?? ""))));
      }
    }
    expect(follower.cursor).not.toBeNull();
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    await trustee.decrypt(pollId);
    const everyone = [room.chair, ...(await Promise.all(voters.map((name) => room.delegate(name))))];
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

  it("is not sent for a board nobody followed, nor for a named poll", async () => {
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
