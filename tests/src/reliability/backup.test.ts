import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import type { ChainReport } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows, startServer, type TestServer, testOperatorToken } from "../support/server.js";
import { runScript } from "../support/verify-log.js";

type Row = { seq: number; hash: string };

/**
 * `pnpm backup` taken from a running server while delegations keep publishing, then `pnpm restore`
 * into an empty database: the copy verifies, and holds every action acknowledged before the
 * backup was asked for, with the same chain.
 */
describe.each(databaseKinds)("backup and restore under load, on %s", (kind) => {
  let room: Room;
  let target: TestDatabase;
  let restoredServer: TestServer | null = null;
  const folder = mkdtempSync(joinPath(tmpdir(), "trilogue-backup-"));
  const file = joinPath(folder, "backup.json");
  const ackedBefore: number[] = [];
  let backupOut = "";

  const env = (database: TestDatabase) => ({
    DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  });

  beforeAll(async () => {
    room = await openRoom(kind);
    target = await createTestDatabase(kind, { demo: false });
    const chair = await room.chair();
    const delegates: TestClient[] = [];
    for (const name of ["Senegal", "Egypt", "Uruguay"]) delegates.push(await room.delegate(name));
    await chair.must("consultation:set-status", { status: "live" });
    const itemId = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0)?.id ?? "";
    await chair.must("agenda:open", { itemId });

    let backingUp = false;
    let done = false;
    const acted: number[] = [];
    // Each delegation states its position, then keeps asking for the floor and withdrawing,
    // until the backup has come back.
    const load = delegates.map(async (delegate, index) => {
      ackedBefore.push(
        (await delegate.must("position:publish", { itemId, stance: "supports", statement: `By ${index}` })).seq,
      );
      while (!done) {
        const request = await delegate.must("floor:request", { kind: "speaker" });
        (backingUp ? acted : ackedBefore).push(request.seq);
        const withdrawn = await delegate.must("floor:withdraw", { requestId: request.id ?? "" });
        (backingUp ? acted : ackedBefore).push(withdrawn.seq);
      }
    });
    while (ackedBefore.length < 15) await new Promise((resolve) => setTimeout(resolve, 20));
    backingUp = true;
    const backup = await runScript("backup", [file], {
      TRILOGUE_URL: room.server.url,
      OPERATOR_TOKEN: testOperatorToken,
    });
    backupOut = `${backup.out}${backup.err}`;
    expect(backup.code, backupOut).toBe(0);
    done = true;
    await Promise.all(load);
    // The load went on meanwhile: the backup was taken under it.
    expect(acted.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await restoredServer?.close();
    await room?.close();
    await target?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("restores into an empty database, and every restored log verifies", async () => {
    const restore = await runScript("restore", [file], env(target));
    console.info(`${kind}: ${backupOut.trim()}; ${restore.out.trim()}`);
    expect(restore.code, `${restore.out}${restore.err}`).toBe(0);
    expect(restore.out).toMatch(/verified 1 consultations/);

    restoredServer = await startServer(target, { DEMO: "false" });
    const response = await fetch(`${restoredServer.url}/api/operator/consultations/${room.consultationId}/log/verify`, {
      headers: { authorization: `Bearer ${testOperatorToken}` },
    });
    const report = (await response.json()) as ChainReport;
    expect(report).toMatchObject({ intact: true, stateMatchesLog: true });
  });

  it("holds every action acknowledged before the backup, with the original chain", async () => {
    if (!restoredServer) throw new Error("not restored");
    const query = `select seq, hash from consultation_events where consultation_id = '${room.consultationId}' order by seq`;
    const restored = await queryRows<Row>(restoredServer.app, query);
    const original = await queryRows<Row>(room.server.app, query);
    expect(restored.length).toBeGreaterThanOrEqual(Math.max(...ackedBefore));
    // A prefix of the original log, hash for hash: nothing reordered, nothing half there.
    expect(restored).toEqual(original.slice(0, restored.length));
    const [{ count } = { count: -1 }] = await queryRows<{ count: number }>(
      restoredServer.app,
      `select count(*)::int as count from positions where consultation_id = '${room.consultationId}'`,
    );
    expect(count).toBe(3);
  });

  it("refuses to restore over a database that holds consultations", async () => {
    await restoredServer?.close();
    restoredServer = null;
    const again = await runScript("restore", [file], env(target));
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/already holds consultations/);
  });
});
