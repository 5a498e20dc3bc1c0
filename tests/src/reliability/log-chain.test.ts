import { headOfLog } from "@trilogue/server";
import type { ChainReport } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows } from "../support/server.js";
import { tamper } from "../support/tamper.js";
import { runVerifyLog } from "../support/verify-log.js";

type Row = { seq: number; type: string; prev_hash: string | null; hash: string | null };

describe.each(databaseKinds)("the tamper-evident event log on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let senegal: TestClient;
  let original: Row[];
  let closed = false;
  let deletedSeq = 0;

  const sql = <T>(text: string) => queryRows<T>(room.server.app, text);
  const events = () =>
    sql<Row>(
      `select seq, type, prev_hash, hash from consultation_events where consultation_id = '${room.consultationId}' order by seq`,
    );
  const verify = async () => {
    const response = await room.operator("GET", `/api/operator/consultations/${room.consultationId}/log/verify`);
    expect(response.status).toBe(200);
    return (await response.json()) as ChainReport;
  };

  beforeAll(async () => {
    room = await openRoom(kind);
    chair = await room.chair();
    senegal = await room.delegate("Senegal");
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0);
    await chair.must("agenda:open", { itemId: first?.id ?? "" });
    await senegal.must("floor:request", { kind: "speaker" });
    await chair.must("floor:give", {});
    original = await events();
  });
  afterAll(async () => {
    if (closed) await room?.database.drop();
    else await room?.close();
  });

  it("chains every event to the one before, from 64 zeros, and verifies intact", async () => {
    expect(original.map((row) => row.seq)).toEqual(original.map((_, index) => index + 1));
    original.forEach((row, index) => {
      expect(row.hash, `seq ${row.seq}`).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prev_hash, `seq ${row.seq}`).toBe(index === 0 ? "0".repeat(64) : original[index - 1]?.hash);
    });
    const last = original.at(-1);
    expect(await verify()).toMatchObject({
      intact: true,
      events: original.length,
      head: { seq: last?.seq, hash: last?.hash },
      unchained: 0,
      firstBrokenSeq: null,
    });
    expect(await headOfLog(room.server.app.database.db, room.consultationId)).toEqual({
      seq: last?.seq,
      hash: last?.hash,
    });
  });

  it("chains a log from before the chain existed at its next append, to the same hashes", async () => {
    // A log from before the chain: no hash on any event, and no checkpoint.
    await tamper(
      room.server.app,
      `update consultation_events set hash = null, prev_hash = null where consultation_id = '${room.consultationId}'`,
    );
    await tamper(room.server.app, `delete from log_checkpoints where consultation_id = '${room.consultationId}'`);
    expect(await verify()).toMatchObject({ intact: true, unchained: original.length, head: { hash: null } });
    // The head the summary would cite is the one the chaining will store.
    expect((await headOfLog(room.server.app.database.db, room.consultationId)).hash).toBe(original.at(-1)?.hash);
    await chair.must("floor:end-turn", {});
    const rechained = await events();
    expect(rechained.slice(0, original.length)).toEqual(original);
    expect(await verify()).toMatchObject({ intact: true, unchained: 0, events: original.length + 1 });
  });

  it("names the first broken seq when a payload is altered in the database", async () => {
    const target = original.find((row) => row.type === "floor:requested");
    if (!target) throw new Error("no floor request logged");
    const where = `consultation_id = '${room.consultationId}' and seq = ${target.seq}`;
    const [{ payload } = { payload: null }] = await sql<{ payload: unknown }>(
      `select payload from consultation_events where ${where}`,
    );
    await tamper(
      room.server.app,
      `update consultation_events set payload = jsonb_set(payload, '{upsert,floorRequests,0,kind}', '"point_of_order"') where ${where}`,
    );
    const report = await verify();
    expect(report).toMatchObject({ intact: false, firstBrokenSeq: target.seq });
    expect(report.reason).toMatch(/content/);

    // Put back exactly as it was, the chain holds again.
    await tamper(
      room.server.app,
      `update consultation_events set payload = '${JSON.stringify(payload).replaceAll("'", "''")}'::jsonb where ${where}`,
    );
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("names the first missing seq when an event is deleted", async () => {
    const { seq } = await headOfLog(room.server.app.database.db, room.consultationId);
    await tamper(
      room.server.app,
      `delete from consultation_events where consultation_id = '${room.consultationId}' and seq = ${seq}`,
    );
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: seq });
    deletedSeq = seq;
  });

  it("reports the break through `pnpm verify-log` too, with a non-zero exit", async () => {
    // PGlite belongs to one process: the server stops before the command opens its folder.
    await room.server.close();
    closed = true;
    const env = {
      DATA_DIR: room.database.dataDir,
      ...(room.database.databaseUrl ? { DATABASE_URL: room.database.databaseUrl } : {}),
    };
    const { code, reports } = await runVerifyLog(room.consultationId, env);
    // The script exits 2 for a broken chain; pnpm passes on any failure as 1.
    expect(code).not.toBe(0);
    expect(reports).toEqual([
      expect.objectContaining({ consultationId: room.consultationId, intact: false, firstBrokenSeq: deletedSeq }),
    ]);
  });
});
