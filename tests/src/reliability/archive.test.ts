import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows, testOperatorToken } from "../support/server.js";
import { runScript, runVerifyLog } from "../support/verify-log.js";

type ArchiveFile = { tables: Record<string, Record<string, unknown>[]> };

const env = (database: TestDatabase) => ({
  DATA_DIR: database.dataDir,
  ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
});

/**
 * A consultation played on PGlite, with a poll and a final summary, archived to one file by
 * `pnpm archive export` from the running server, verified on its own, imported into PostgreSQL and
 * verified there with the same head; an archive with one event changed is refused, naming that event.
 */
describe("a consultation archive from PGlite to PostgreSQL", () => {
  let room: Room;
  const targets: TestDatabase[] = [];
  const folder = mkdtempSync(joinPath(tmpdir(), "trilogue-archive-"));
  const file = joinPath(folder, "archive.json");
  let head: { seq: number; hash: string };
  let digest: string;

  beforeAll(async () => {
    room = await openRoom("pglite");
    const chair = await room.chair();
    const senegal = await room.delegate("Senegal");
    const egypt = await room.delegate("Egypt");
    await chair.must("consultation:set-status", { status: "live" });
    const itemId = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0)?.id ?? "";
    await chair.must("agenda:open", { itemId });
    await senegal.must("position:publish", { itemId, stance: "supports", statement: "Senegal supports the mandate." });
    await egypt.must("position:publish", { itemId, stance: "opposes", statement: "Egypt has doubts." });
    const poll = await chair.must("poll:create", { itemId, question: "Renew the mandate?", kind: "yes_no_abstain" });
    await chair.must("poll:open", { pollId: poll.id ?? "" });
    await senegal.must("ballot:cast", { pollId: poll.id ?? "", choices: [0] });
    await egypt.must("ballot:cast", { pollId: poll.id ?? "", choices: [1] });
    await chair.must("poll:close", { pollId: poll.id ?? "" });
    await chair.must("summary:finalise", { revision: 0 });
    const [last] = await queryRows<{ seq: number; hash: string }>(
      room.server.app,
      `select seq, hash from consultation_events where consultation_id = '${room.consultationId}' order by seq desc limit 1`,
    );
    head = last ?? { seq: -1, hash: "" };
    const [summary] = await queryRows<{ digest: string }>(
      room.server.app,
      `select digest from summaries where consultation_id = '${room.consultationId}'`,
    );
    digest = summary?.digest ?? "";
    const exported = await runScript("archive", ["export", room.consultationId, file], {
      TRILOGUE_URL: room.server.url,
      OPERATOR_TOKEN: testOperatorToken,
    });
    console.info(exported.out.trim());
    expect(exported.code, `${exported.out}${exported.err}`).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await room?.close();
    for (const target of targets) await target.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("holds the log with its chain, the checkpoint, the final summary and the poll's board, and no secret", () => {
    const archive = JSON.parse(readFileSync(file, "utf8")) as ArchiveFile;
    expect(archive.tables.consultation_events?.length).toBe(head.seq);
    expect(archive.tables.log_checkpoints?.[0]).toMatchObject({ seq: head.seq, hash: head.hash });
    expect(archive.tables.summaries?.[0]).toMatchObject({ status: "final", digest });
    expect(archive.tables.polls?.length).toBe(1);
    expect(archive.tables.poll_ballots?.length).toBe(2);
    for (const left of ["invitations", "sessions", "command_receipts", "settings"]) {
      expect(archive.tables[left]).toBeUndefined();
    }
  });

  it("verifies on its own, without any database", async () => {
    const verified = await runScript("archive", ["verify", file], {});
    expect(verified.code, `${verified.out}${verified.err}`).toBe(0);
    expect(verified.out).toContain(`head ${head.seq} ${head.hash}`);
  });

  it("imports into PostgreSQL, where verify-log finds the same head, the chain intact and the state equal to its replay", async () => {
    const target = await createTestDatabase("postgres", { demo: false });
    targets.push(target);
    const imported = await runScript("archive", ["import", file], env(target));
    console.info(imported.out.trim());
    expect(imported.code, `${imported.out}${imported.err}`).toBe(0);
    expect(imported.out).toContain("verified here");
    const { code, reports } = await runVerifyLog(room.consultationId, env(target));
    expect(code).toBe(0);
    expect(reports[0]).toMatchObject({ intact: true, stateMatchesLog: true, head });
    const again = await runScript("archive", ["import", file], env(target));
    expect(again.code).toBe(1);
    expect(again.err).toContain(`already holds consultation ${room.consultationId}`);
  }, 120_000);

  it("refuses a tampered archive, naming the first bad event, and imports nothing", async () => {
    const archive = JSON.parse(readFileSync(file, "utf8")) as ArchiveFile;
    const events = archive.tables.consultation_events ?? [];
    const forged = events.find((event) => JSON.stringify(event.payload).includes("Egypt has doubts."));
    if (!forged) throw new Error("no event holds Egypt's statement");
    forged.payload = JSON.parse(JSON.stringify(forged.payload).replace("Egypt has doubts.", "Egypt supports it."));
    const tampered = joinPath(folder, "tampered.json");
    writeFileSync(tampered, JSON.stringify(archive));

    const verified = await runScript("archive", ["verify", tampered], {});
    // The script answers 2 for a broken chain (pnpm turns it into 1): what counts is that it fails, saying where.
    expect(verified.code, `${verified.out}${verified.err}`).not.toBe(0);
    expect(verified.out).toContain(`at event ${forged.seq}: the event's content does not match its hash`);

    const target = await createTestDatabase("pglite", { demo: false });
    targets.push(target);
    const imported = await runScript("archive", ["import", tampered], env(target));
    expect(imported.code, `${imported.out}${imported.err}`).not.toBe(0);
    expect(imported.out).toContain(`does not verify at event ${forged.seq}`);
    const nothing = await runScript("verify-log", [room.consultationId], env(target));
    expect(nothing.code).not.toBe(0);
    expect(nothing.err).toContain("No such consultation");
  }, 120_000);
});
