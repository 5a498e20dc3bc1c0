import type { ChainReport } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, type TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows } from "../support/server.js";
import { tamper } from "../support/tamper.js";
import { runVerifyLog } from "../support/verify-log.js";

type Row = { seq: number; prev_hash: string | null; hash: string | null };

/**
 * The attacks of issue 16 on the log, each as someone with the database's keys would make them:
 * first against the database's own guards, then with those guards switched off, against
 * verification, the server and the exports.
 */
describe.each(databaseKinds)("a log nobody can quietly rewrite, on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let senegal: TestClient;
  let chairCookie: string;
  let itemId = "";
  let original: Row[];
  let closed = false;

  const sql = <T>(text: string) => queryRows<T>(room.server.app, text);
  const ofThis = () => `consultation_id = '${room.consultationId}'`;
  const events = () => sql<Row>(`select seq, prev_hash, hash from consultation_events where ${ofThis()} order by seq`);
  const verify = async () => {
    const response = await room.operator("GET", `/api/operator/consultations/${room.consultationId}/log/verify`);
    expect(response.status).toBe(200);
    return (await response.json()) as ChainReport;
  };
  /** Puts every stored hash back as it was (with the guards off, as the attacker took them). */
  const restoreHashes = async (rows: readonly Row[]) => {
    const values = rows.map((row) => `(${row.seq}, '${row.prev_hash}', '${row.hash}')`).join(", ");
    await tamper(
      room.server.app,
      `update consultation_events e set prev_hash = v.prev_hash, hash = v.hash from (values ${values}) as v(seq, prev_hash, hash) where e.${ofThis()} and e.seq = v.seq`,
    );
  };
  const exportDraft = () =>
    fetch(`${room.server.url}/api/consultations/${room.consultationId}/summary/json`, {
      headers: { cookie: chairCookie },
    });

  beforeAll(async () => {
    room = await openRoom(kind);
    const links = room.server.app.demoLinks;
    if (!links) throw new Error("no demo");
    chair = await room.chair();
    chairCookie = (await join(room.server.url, links.chair, "Chair")).cookie;
    senegal = await room.delegate("Senegal");
    const egypt = await room.delegate("Egypt");
    await chair.must("consultation:set-status", { status: "live" });
    itemId = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0)?.id ?? "";
    await chair.must("agenda:open", { itemId });
    await senegal.must("position:publish", { itemId, stance: "supports", statement: "We support." });
    await egypt.must("position:publish", { itemId, stance: "opposes", statement: "We do not." });
    await senegal.must("floor:request", { kind: "speaker" });
    original = await events();
    expect(await verify()).toMatchObject({ intact: true, stateMatchesLog: true, divergence: [] });
  });
  afterAll(async () => {
    if (closed) await room?.database.drop();
    else await room?.close();
  });

  it("records a checkpoint at the head with every commit", async () => {
    const [checkpoint] = await sql<{ seq: number; hash: string }>(
      `select seq, hash from log_checkpoints where ${ofThis()}`,
    );
    expect(checkpoint).toEqual({ seq: original.at(-1)?.seq, hash: original.at(-1)?.hash });
    expect((await verify()).checkpoint).toEqual(checkpoint);
  });

  it("is refused by the database itself: no NULL hash, no change or deletion of an event, no checkpoint moved back", async () => {
    const head = original.at(-1)?.seq ?? 0;
    await expect(sql(`update consultation_events set hash = null where ${ofThis()}`)).rejects.toThrow();
    await expect(
      sql(`update consultation_events set payload = '{}'::jsonb where ${ofThis()} and seq = 1`),
    ).rejects.toThrow();
    await expect(sql(`delete from consultation_events where ${ofThis()} and seq = ${head}`)).rejects.toThrow();
    await expect(sql(`update log_checkpoints set seq = ${head - 2} where ${ofThis()}`)).rejects.toThrow();
    await expect(sql(`delete from log_checkpoints where ${ofThis()}`)).rejects.toThrow();
    await expect(
      sql(
        `insert into consultation_events (consultation_id, seq, type, payload) values ('${room.consultationId}', ${head + 1}, 'x', '{}')`,
      ),
    ).rejects.toThrow();
    expect(await events()).toEqual(original);
  });

  it("reports a chained log whose hashes were all nulled as broken at seq 1, never as intact", async () => {
    await tamper(room.server.app, `update consultation_events set hash = null, prev_hash = null where ${ofThis()}`);
    const report = await verify();
    expect(report).toMatchObject({ intact: false, firstBrokenSeq: 1, unchained: 0 });
    expect(report.reason).toMatch(/no hash/);
    await restoreHashes(original);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("refuses the next command when the head's hash was nulled, rather than re-chaining a forged log", async () => {
    const head = original.at(-1);
    if (!head) throw new Error("empty log");
    await tamper(room.server.app, `update consultation_events set hash = null where ${ofThis()} and seq = ${head.seq}`);
    const ack = await senegal.send("position:publish", { itemId, stance: "opposes", statement: "Changed." });
    expect(ack.ok).toBe(false);
    if (ack.ok) return;
    expect(ack.error.code).toBe("INTERNAL");
    expect(ack.error.message).toMatch(/will not be re-chained.*verify-log/);
    // Nothing was appended and nothing re-chained.
    const after = await events();
    expect(after.length).toBe(original.length);
    expect(after.slice(0, -1)).toEqual(original.slice(0, -1));
    expect(after.at(-1)?.hash).toBeNull();
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: head.seq });
    await restoreHashes(original);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it("catches a positions row edited behind the log's back, in verification and before any summary is built", async () => {
    expect((await exportDraft()).status).toBe(200);
    const senegalId = room.delegationId("Senegal");
    await sql(`update positions set stance = 'opposes' where ${ofThis()} and delegation_id = '${senegalId}'`);
    const report = await verify();
    expect(report).toMatchObject({ intact: true, stateMatchesLog: false });
    expect(report.divergence.join(" ")).toMatch(/^positions \(/);

    const refused = await exportDraft();
    expect(refused.status).toBe(500);
    const { error } = (await refused.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("INTERNAL");
    expect(error.message).toMatch(/differs from a replay of its log \(positions/);

    await sql(`update positions set stance = 'supports' where ${ofThis()} and delegation_id = '${senegalId}'`);
    expect(await verify()).toMatchObject({ intact: true, stateMatchesLog: true });
    expect((await exportDraft()).status).toBe(200);
  });

  it("catches the last events dropped (and the head moved back), against the checkpoint", async () => {
    const head = original.at(-1)?.seq ?? 0;
    await tamper(room.server.app, `delete from consultation_events where ${ofThis()} and seq > ${head - 2}`);
    await sql(`update consultations set last_seq = ${head - 2} where id = '${room.consultationId}'`);
    const report = await verify();
    expect(report).toMatchObject({ intact: false, firstBrokenSeq: head - 1, checkpoint: { seq: head } });
    expect(report.reason).toMatch(/truncated/);
  });

  it("reports the truncation through `pnpm verify-log` too, with a non-zero exit", async () => {
    await room.server.close();
    closed = true;
    const env = {
      DATA_DIR: room.database.dataDir,
      ...(room.database.databaseUrl ? { DATABASE_URL: room.database.databaseUrl } : {}),
    };
    const { code, reports } = await runVerifyLog(room.consultationId, env);
    expect(code).not.toBe(0);
    expect(reports).toEqual([expect.objectContaining({ consultationId: room.consultationId, intact: false })]);
    expect(reports[0]?.reason).toMatch(/truncated/);
  });
});
