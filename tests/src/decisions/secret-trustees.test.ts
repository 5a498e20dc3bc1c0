import { type Board, decryptShare, makeTrusteeKey, type TrusteeKey, verifyBoard } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { dumpDatabase, normalisedRowsOf } from "./database-dump.js";
import { openRoom, type Room } from "./room.js";
import { castSealed, publishChairKey, readBoard } from "./secret-polls.js";

/** The two delegations the chair names as extra trustees: a Council member and a T/PCC. */
const trusteeNames = ["United Kingdom", "Rwanda"] as const;
const voters = ["France", "United States", "Japan", "Ethiopia", "India", "Bangladesh"] as const;

describe.each(databaseKinds)("delegations as a secret poll's trustees on %s", (kind) => {
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

  /** Every attempt is refused with `code`, and the database reads the same before and after. */
  async function expectRefused(pollId: string, code: string, attempts: (() => Promise<unknown>)[]) {
    const before = normalisedRowsOf(await dumpDatabase(server), pollId);
    for (const attempt of attempts) {
      const ack = (await attempt()) as { ok: boolean; error?: { code: string } };
      expect(ack.ok).toBe(false);
      expect(ack.error?.code).toBe(code);
    }
    expect(normalisedRowsOf(await dumpDatabase(server), pollId)).toEqual(before);
  }

  const sealingOf = (client: TestClient, pollId: string) => client.replica.state?.polls[pollId]?.sealing;

  async function decryptAs(client: TestClient, pollId: string, trusteeId: string, key: TrusteeKey) {
    const board = await readBoard(server, room, client, pollId);
    const ack = await client.must("trustee:decrypt", {
      pollId,
      partials: decryptShare(pollId, trusteeId, key.secret, board.aggregates ?? []),
    });
    await client.waitForSeq(ack.seq);
  }

  it("needs every named delegation's share, from that delegation only, before the result is out", async () => {
    const [uk, rwanda] = await Promise.all(trusteeNames.map((name) => room.delegate(name)));
    if (!uk || !rwanda) throw new Error("no trustee delegates");
    const egypt = await room.delegate("Egypt");
    const ukId = room.delegationId("United Kingdom");
    const rwandaId = room.delegationId("Rwanda");

    // A named poll takes no trustees; a trustee must be a delegation of the consultation.
    const base = {
      itemId: room.item.id,
      question: "Should the mandate name a political strategy?",
      kind: "yes_no_abstain",
      secret: true,
    } as const;
    expect(
      (await room.chair.send("poll:create", { ...base, trustees: ["00000000-0000-4000-8000-0000000000aa"] })).ok,
    ).toBe(false);
    const { id } = await room.chair.must("poll:create", { ...base, trustees: [ukId, rwandaId] });
    const pollId = id ?? "";
    const chairKey = await publishChairKey(room.chair, pollId);
    await eventually(() => sealingOf(uk, pollId)?.trustees.find((t) => t.id === "chair")?.hasKey === true, 5_000);
    expect(sealingOf(uk, pollId)?.trustees.map((t) => [t.name, t.hasKey])).toEqual([
      ["chair", true],
      ["server", true],
      ["United Kingdom", false],
      ["Rwanda", false],
    ]);

    // Not open until both delegations' shares are in.
    const early = await room.chair.send("poll:open", { pollId });
    expect(early).toMatchObject({ ok: false, error: { message: "Waiting for the key share of United Kingdom." } });

    // Another delegation cannot publish or replace a trustee's share: FORBIDDEN, nothing changed.
    const ukKey = makeTrusteeKey(pollId, ukId);
    const rwandaKey = makeTrusteeKey(pollId, rwandaId);
    await expectRefused(pollId, "FORBIDDEN", [
      () =>
        egypt.send("trustee:publish-key", { pollId, share: makeTrusteeKey(pollId, room.delegationId("Egypt")).share }),
      () => egypt.send("trustee:publish-key", { pollId, share: ukKey.share }),
    ]);
    // A share proved for another trustee does not verify for this one.
    await expectRefused(pollId, "VALIDATION", [
      () => uk.send("trustee:publish-key", { pollId, share: rwandaKey.share }),
    ]);
    for (const [client, key] of [
      [uk, ukKey],
      [rwanda, rwandaKey],
    ] as const) {
      const ack = await client.must("trustee:publish-key", { pollId, share: key.share });
      await client.waitForSeq(ack.seq);
    }
    const opened = await room.chair.must("poll:open", { pollId });
    await room.chair.waitForSeq(opened.seq);
    const publicKey = sealingOf(room.chair, pollId)?.publicKey;
    expect(publicKey).toMatch(/^[0-9a-f]{64}$/);

    // Once open, the key is fixed, for the delegations as for the chair.
    await expectRefused(pollId, "CONFLICT", [
      () => uk.send("trustee:publish-key", { pollId, share: makeTrusteeKey(pollId, ukId).share }),
    ]);

    const frame = { pollId, publicKey: publicKey ?? "", optionCount: 3, maxChoices: 1 };
    for (const [index, name] of voters.entries()) await castSealed(await room.delegate(name), frame, [index % 3]);
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);

    // The chair's and the United Kingdom's shares come in; the room waits for Rwanda's, with no result.
    await decryptAs(room.chair, pollId, "chair", chairKey);
    await decryptAs(uk, pollId, ukId, ukKey);
    const board = await readBoard(server, room, egypt, pollId);
    await expectRefused(pollId, "FORBIDDEN", [
      // Egypt is no trustee: not even with Rwanda's correct partial decryptions.
      () =>
        egypt.send("trustee:decrypt", {
          pollId,
          partials: decryptShare(pollId, rwandaId, rwandaKey.secret, board.aggregates ?? []),
        }),
    ]);
    await expectRefused(pollId, "VALIDATION", [
      // Rwanda sending the United Kingdom's share: proved for another trustee.
      () =>
        rwanda.send("trustee:decrypt", {
          pollId,
          partials: decryptShare(pollId, ukId, ukKey.secret, board.aggregates ?? []),
        }),
    ]);
    await expectRefused(pollId, "CONFLICT", [
      () =>
        uk.send("trustee:decrypt", {
          pollId,
          partials: decryptShare(pollId, ukId, ukKey.secret, board.aggregates ?? []),
        }),
    ]);
    const waiting = egypt.replica.state?.polls[pollId];
    expect(waiting?.result).toBeNull();
    expect(waiting?.sealing?.trustees.filter((t) => !t.hasDecrypted).map((t) => t.name)).toEqual(["Rwanda"]);
    // The board says the same: every proof so far holds, and there is no result to check.
    expect(board.result).toBeNull();
    expect(verifyBoard(board)).toEqual({ ok: true, complete: false, result: null });

    await decryptAs(rwanda, pollId, rwandaId, rwandaKey);
    await eventually(() => egypt.replica.state?.polls[pollId]?.result != null, 5_000);
    expect(egypt.replica.state?.polls[pollId]?.result?.overall).toEqual([2, 2, 2]);
    const final: Board = await readBoard(server, room, egypt, pollId);
    expect(final.trustees.map((t) => t.id)).toEqual(["chair", "server", ukId, rwandaId]);
    expect(final.partials.map((p) => p.trusteeId)).toEqual(["chair", "server", ukId, rwandaId]);
    expect(verifyBoard(final)).toMatchObject({ ok: true, complete: true });

    // verify-poll (the same checks) catches a result published without a named delegation's share.
    const dropped = structuredClone(final);
    dropped.partials = dropped.partials.filter((p) => p.trusteeId !== rwandaId);
    expect(verifyBoard(dropped)).toEqual({
      ok: false,
      failure: "a result without the decryption share of Rwanda",
      reason: { code: "resultWithoutShare", values: { trustee: "Rwanda" } },
    });
  });
});
