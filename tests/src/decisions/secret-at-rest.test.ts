import { Writable } from "node:stream";
import { buildApp, loadConfig } from "@trilogue/server";
import { boardHash, sealBallot, verifyBoard } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { type TestServer, testOperatorToken } from "../support/server.js";
import { dumpDatabase, normalisedRowsOf, query } from "./database-dump.js";
import { openRoom, type Room } from "./room.js";
import { deadDataOf, filesContaining, rowVersionsOf } from "./secret-at-rest.js";
import { ChairTrustee, castSealed, readBoard } from "./secret-polls.js";

/**
 * What a database administrator, a backup or the log file holds of two secret polls whose ballots
 * differ only by swapping choices between delegations of the same constituencies: the same
 * traces, row versions and transaction ids included, except ciphertexts, proofs and trackers.
 */
const voters = ["France", "United States", "United Kingdom", "Ethiopia", "India", "Rwanda"] as const;
type Voter = (typeof voters)[number];
// 0 yes, 1 no, 2 abstain. The second world swaps France↔United States and Ethiopia↔India.
const firstWorld: Record<Voter, number> = {
  France: 0,
  "United States": 2,
  "United Kingdom": 1,
  Ethiopia: 0,
  India: 1,
  Rwanda: 2,
};
const secondWorld: Record<Voter, number> = { ...firstWorld, France: 2, "United States": 0, Ethiopia: 1, India: 0 };
/** A change of ballot in both worlds, so that dead row versions exist. */
const change: [Voter, number] = ["Rwanda", 1];

/** The real server with its log lines kept, at the most talkative level. */
async function startLoggingServer(database: TestDatabase, lines: string[]): Promise<TestServer> {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    LOG_LEVEL: "trace",
    OPERATOR_TOKEN: testOperatorToken,
    DEMO: "true",
  });
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildApp(config, { logger: { level: "trace", stream } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return { app, url: `http://127.0.0.1:${address.port}`, operatorToken: testOperatorToken, close: () => app.close() };
}

/** A log line made comparable across worlds: ids, times, durations and numbers replaced. */
const normaliseLine = (line: string, pollId: string) =>
  line
    .replaceAll(pollId, "POLL")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "ID")
    .replace(/"(time|responseTime|reqId|remotePort|hostname|pid|elapsedMs|ms|seq|durationMs)":[^,}]*/g, '"$1":_')
    .replace(/\d+(\.\d+)?/g, "N");

/**
 * The public log's events are the same in both worlds, but where PostgreSQL puts the second world's
 * depends on the free space the first left on the log's pages; their places are left out.
 */
function withoutLogPlaces(rows: Record<string, string[]>): Record<string, string[]> {
  const events = rows.consultation_events?.map((row) => row.replace(/"__ctid":"place\d+",/, "")).sort();
  return events ? { ...rows, consultation_events: events } : rows;
}

describe.each(databaseKinds)("secret ballots at rest on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let trustee: ChairTrustee;
  const lines: string[] = [];
  let stopped = false;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startLoggingServer(database, lines);
    room = await openRoom(server);
    trustee = new ChairTrustee(server, room);
    for (const name of voters) await room.delegate(name);
  });
  afterAll(async () => {
    if (!stopped) room?.close();
    if (!stopped) await server?.close();
    await database?.drop();
  });

  /** One secret poll; what the database, its heap files and the log hold while open and after close. */
  async function runWorld(choices: Record<Voter, number>) {
    const firstLine = lines.length;
    const frame = await trustee.openSecretPoll();
    const pollId = frame.pollId;
    for (const [index, name] of voters.entries()) {
      await castSealed(await room.delegate(name), frame, [choices[name]]);
      await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === index + 1, 5_000);
    }
    // A proof that does not verify (checked in the server's worker pool): VALIDATION, nothing changes.
    const before = normalisedRowsOf(await dumpDatabase(server, { ctid: true }), pollId);
    const sealed = sealBallot(frame, [0]);
    const [one, two] = sealed.proofs;
    if (!one || !two) throw new Error("no proofs");
    const forged = await (await room.delegate(change[0])).send("ballot:cast", {
      pollId,
      sealed: { ...sealed, proofs: [two, one, ...sealed.proofs.slice(2)] },
    });
    expect(forged).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(normalisedRowsOf(await dumpDatabase(server, { ctid: true }), pollId)).toEqual(before);
    await castSealed(await room.delegate(change[0]), frame, [change[1]]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const whileOpen = withoutLogPlaces(normalisedRowsOf(await dumpDatabase(server, { ctid: true }), pollId));
    const versionsWhileOpen = kind === "postgres" ? await rowVersionsOf(server, pollId) : {};
    const closed = await room.chair.must("poll:close", { pollId });
    await room.chair.waitForSeq(closed.seq);
    const tallied = await trustee.decrypt(pollId);
    await room.chair.waitForSeq(tallied.seq);
    expect(verifyBoard(await readBoard(server, room, room.chair, pollId))).toMatchObject({ ok: true, complete: true });
    // The hash the room and the summary cite is that of the board's bytes as served.
    const served = await fetch(`${server.url}/api/consultations/${room.consultationId}/polls/${pollId}/board`, {
      headers: { cookie: room.cookieOf(room.chair) },
    });
    expect(boardHash(await served.text())).toBe(room.chair.replica.state?.polls[pollId]?.sealing?.boardHash);
    const afterClose = withoutLogPlaces(normalisedRowsOf(await dumpDatabase(server, { ctid: true }), pollId));
    const versionsAfterClose = kind === "postgres" ? await rowVersionsOf(server, pollId) : {};
    const dead = kind === "postgres" ? await deadDataOf(server, pollId) : [];
    const log = lines.slice(firstLine).map((line) => normaliseLine(line, pollId));
    return { pollId, whileOpen, afterClose, versionsWhileOpen, versionsAfterClose, dead, log };
  }

  it("holds nothing, in any table, row version, file or log line, that tells the two worlds apart", async () => {
    const first = await runWorld(firstWorld);
    const second = await runWorld(secondWorld);

    // Every table, every column, with xmin and ctid (as ranks among the poll's rows).
    expect(second.whileOpen).toEqual(first.whileOpen);
    expect(second.afterClose).toEqual(first.afterClose);
    expect(first.afterClose.poll_option_counts).toBeUndefined();
    expect(first.afterClose.poll_receipts).toBeUndefined();

    if (kind === "postgres") {
      // Row versions on disk, dead ones included, read as a database administrator would.
      expect(Object.keys(first.versionsAfterClose).length).toBeGreaterThan(0);
      expect(second.versionsWhileOpen).toEqual(first.versionsWhileOpen);
      expect(second.versionsAfterClose).toEqual(first.versionsAfterClose);
      // The changed ballot and the updated poll left dead versions: they hold no plaintext choice.
      expect(first.dead.length).toBeGreaterThan(0);
      for (const data of [...first.dead, ...second.dead]) {
        expect(Buffer.from(data, "hex").toString("latin1")).not.toMatch(/choices/);
      }
    }

    // The log lines, ids, times and numbers aside, are the same lines in both worlds.
    expect(second.log.length).toBeGreaterThan(0);
    expect([...second.log].sort()).toEqual([...first.log].sort());
    const voterIds = voters.map((name) => room.delegationId(name));
    for (const line of lines) for (const id of voterIds) expect(line).not.toContain(id);

    // Ballot receipts: who sent a ballot command (for retries), never when within the hour, nor what.
    const receipts = await query(
      server,
      "select result, extract(minute from created_at) as minute, extract(second from created_at) as second from command_receipts where command = 'ballot:cast'",
    );
    expect(receipts).toHaveLength(2 * (voters.length + 1));
    for (const row of receipts) expect(row).toMatchObject({ result: { seq: 0 } });
    for (const row of receipts) expect([Number(row.minute), Number(row.second)]).toEqual([0, 0]);

    if (kind === "pglite") {
      // After a clean stop, no data file (tables, indexes, write-ahead log) holds a plaintext ballot.
      const [ballots] = await query(server, "select pg_relation_filepath('poll_ballots') as path");
      room.close();
      await server.close();
      stopped = true;
      const needles = [first.pollId, second.pollId].map((id) => Buffer.from(id.replaceAll("-", ""), "hex"));
      const holding = filesContaining(`${database.dataDir}/pglite`, needles);
      expect(holding.length).toBeGreaterThan(0);
      expect(holding.some((path) => path.endsWith(String(ballots?.path)))).toBe(false);
      expect(filesContaining(`${database.dataDir}/pglite`, [Buffer.from('"choices":')])).toEqual([]);
    }
  });
});
