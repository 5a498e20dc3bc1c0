import { randomUUID } from "node:crypto";
import { sealBallot, trackerOf, verifyBoard } from "@trilogue/shared";
import { sealCompactBallot } from "@trilogue/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { query } from "./database-dump.js";
import { openRoom, type Room } from "./room.js";
import { ChairTrustee, readBoard } from "./secret-polls.js";

/** Sealed ballots arriving together: their proofs are checked as they arrive, before any transaction. */
const voters = ["France", "Russian Federation", "United Kingdom", "United States", "Ethiopia", "Rwanda"] as const;

describe.each(databaseKinds)("sealed ballots checked on arrival, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let trustee: ChairTrustee;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    trustee = new ChairTrustee(server, room);
    for (const name of [...voters, "India"]) await room.delegate(name);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("refuses a bad proof in a storm with nothing stored, answers a retry once, keeps each delegation's last ballot", async () => {
    const frame = await trustee.openSecretPoll();
    const { pollId } = frame;
    const [france, russia, ...others] = await Promise.all(voters.map((name) => room.delegate(name)));
    const india = await room.delegate("India");
    if (!france || !russia) throw new Error("no delegates");
    const good = sealBallot(frame, [1]);
    const [first, second] = good.proofs;
    if (!first || !second) throw new Error("no proofs");
    const swapped = { ...good, proofs: [second, first, ...good.proofs.slice(2)] };
    const franceFirst = sealBallot(frame, [0]);
    const franceLast = sealBallot(frame, [2]);
    const russian = sealBallot(frame, [1]);
    const retryKey = randomUUID();
    // The first of the others casts from an old cached page: compact proofs, checked alone.
    const othersSealed = others.map((_, i) => (i === 0 ? sealCompactBallot : sealBallot)(frame, [i % 3]));

    // All at once: France sends twice (the second counts), Russia sends one ballot twice with one
    // key (a retry while the first is in flight), India a ballot whose 0/1 proofs do not verify.
    const [france1, france2, russia1, russia2, refused, ...rest] = await Promise.all([
      france.send("ballot:cast", { pollId, sealed: franceFirst }),
      france.send("ballot:cast", { pollId, sealed: franceLast }),
      russia.send("ballot:cast", { pollId, sealed: russian }, retryKey),
      russia.send("ballot:cast", { pollId, sealed: russian }, retryKey),
      india.send("ballot:cast", { pollId, sealed: swapped }),
      ...others.map((client, i) => client.send("ballot:cast", { pollId, sealed: othersSealed[i] ?? good })),
    ]);
    for (const ack of [france1, france2, russia1, ...rest]) expect(ack?.ok).toBe(true);
    expect(russia2).toEqual(russia1);
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) {
      expect(refused.error.code).toBe("VALIDATION");
      expect(refused.error.message).toMatch(/option 1 holds 0 or 1 does not verify/);
      expect(refused.error.issues?.[0]?.path).toEqual(["sealed"]);
      expect(refused.error.reason).toEqual({ code: "ballot_proof_invalid" });
    }
    // A retry after the commit reads its receipt back.
    expect(await russia.send("ballot:cast", { pollId, sealed: russian }, retryKey)).toEqual(russia1);

    await eventually(
      () => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === voters.length,
      10_000,
      "turnout announced",
    );
    const board = await readBoard(server, room, france, pollId);
    const trackers = board.ballots.map((b) => b.tracker);
    expect(trackers).toHaveLength(voters.length);
    expect(trackers).toContain(trackerOf(franceLast));
    expect(trackers).not.toContain(trackerOf(franceFirst));
    expect(trackers).toContain(trackerOf(russian));
    expect(trackers).not.toContain(trackerOf(swapped));
    // The old page's compact ballot is counted, and the board (both forms) verifies.
    const compact = othersSealed[0];
    if (!compact) throw new Error("no compact ballot");
    expect(trackers).toContain(trackerOf(compact));
    expect(verifyBoard(board)).toMatchObject({ ok: true, complete: false });
    // Nothing of India's refused ballot is stored: no ballot, no participation, no receipt.
    const indiaId = room.delegationId("India");
    for (const table of ["poll_sealed_ballots", "poll_participation"])
      expect(
        await query(server, `select 1 from ${table} where poll_id = '${pollId}' and delegation_id = '${indiaId}'`),
      ).toEqual([]);
    const receipts = await query(
      server,
      `select 1 from command_receipts where command = 'ballot:cast' and participant_id = '${india.me?.participantId}'`,
    );
    expect(receipts).toEqual([]);

    // A ballot sealed under another key (the frame the server checks against is the poll's own).
    const elsewhere = sealBallot({ ...frame, pollId: randomUUID() }, [0]);
    const late = await india.send("ballot:cast", { pollId, sealed: elsewhere });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.code).toBe("VALIDATION");
    // A proof whose commitments were tampered with (two swapped): refused, with its reason.
    const honest = sealBallot(frame, [0]);
    const [t0, t1, ...tail] = honest.countProof.t ?? [];
    if (!t0 || !t1) throw new Error("no commitments");
    const bent = await india.send("ballot:cast", {
      pollId,
      sealed: { ...honest, countProof: { ...honest.countProof, t: [t1, t0, ...tail] } },
    });
    expect(bent.ok).toBe(false);
    if (!bent.ok) {
      expect(bent.error.code).toBe("VALIDATION");
      expect(bent.error.message).toMatch(/number of choices does not verify/);
      expect(bent.error.reason).toEqual({ code: "ballot_proof_invalid" });
    }
  });
});
