/**
 * `pnpm soak`: 200 clients doing random valid actions against one real server process for a
 * bounded time, then the checks: no unexpected refusal, memory flat after warm-up, the event log
 * gap-free, its chain intact, and the state rebuilt by replaying the log from seq 1 equal to the
 * state a newcomer is sent. Prints its figures; exits 1 when a check fails.
 *
 *   SOAK_SECONDS=180     how long the clients act (default 3 minutes)
 *   SOAK_CLIENTS=200     the chair and 199 delegates spread over the demo delegations
 *   SOAK_PAUSE_MS=6000   each delegate's mean pause between actions (the chair's: 250 ms): 200 clients
 *                        then offer about 33 actions a second, a busy meeting at several times life size
 *   SOAK_DATABASE=postgres | pglite   (PostgreSQL at TEST_DATABASE_URL by default)
 *   SOAK_SEED=…          the random seed (printed, to repeat a run)
 */
import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { eventsSince, openDatabase, verifyLog } from "@trilogue/server";
import { seededRandom } from "../src/reliability/random-actions.js";
import {
  comparable,
  gapsIn,
  joinParticipants,
  type Links,
  quantile,
  replay,
  runRandomActions,
  settle,
} from "../src/reliability/random-run.js";
import { TestClient } from "../src/support/clients.js";
import { createTestDatabase, type DatabaseKind } from "../src/support/databases.js";
import { startServerProcess } from "../src/support/process.js";

const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const clientCount = Number(process.env.SOAK_CLIENTS ?? 200);
const pauseMs = Number(process.env.SOAK_PAUSE_MS ?? 6000);
const kind = (process.env.SOAK_DATABASE ?? "postgres") as DatabaseKind;
const seed = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** The share of the run before memory is expected to be flat. */
const warmUpShare = 0.25;
/** The most the resident memory may grow between the second quarter and the last. */
const maxGrowth = 0.25;

const say = (line: string) => process.stdout.write(`${line}\n`);
const mb = (kb: number) => Math.round(kb / 1024);

/** The resident set of a process, in kB, from /proc. */
function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const median = (values: number[]) => quantile(values, 0.5);

async function main(): Promise<number> {
  say(`soak: ${clientCount} clients, ${seconds} s, ${kind}, mean pause ${pauseMs} ms, seed ${seed}`);
  const database = await createTestDatabase(kind);
  const env = {
    DATA_DIR: database.dataDir,
    LOG_LEVEL: "warn",
    COMMAND_RATE_PER_IP: "100000",
    JOIN_RATE_LIMIT_PER_MINUTE: "100000",
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  };
  const server = await startServerProcess(env);
  const pid = server.child.pid ?? 0;
  try {
    const links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8")) as Links;
    const joinStarted = performance.now();
    const people = await joinParticipants(server.url, links, clientCount - 1);
    say(`joined and connected ${people.length} clients in ${((performance.now() - joinStarted) / 1000).toFixed(1)} s`);
    const chair = people[0];
    if (!chair) throw new Error("no chair");
    await chair.client.must("consultation:set-status", { status: "live" });

    const samples: { at: number; kb: number }[] = [];
    const began = Date.now();
    const sampler = setInterval(() => samples.push({ at: Date.now() - began, kb: rssKb(pid) }), 2000);
    const deadline = began + seconds * 1000;
    const stats = await runRandomActions(people, {
      rand: seededRandom(seed),
      stop: () => Date.now() >= deadline,
      pauseMs,
      chairPauseMs: 250,
    });
    clearInterval(sampler);
    const elapsed = (Date.now() - began) / 1000;
    await settle(chair.client);
    const newcomer = await TestClient.connect(server.url, chair.cookie);
    const live = newcomer.replica.state;
    newcomer.close();
    for (const person of people) person.client.close();
    if (!live) throw new Error("no live state");

    // The log is read with the server stopped: PGlite belongs to one process.
    await server.stop();
    const db = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    const events = await eventsSince(db.db, links.consultationId, 0, Number.MAX_SAFE_INTEGER);
    const chain = await verifyLog(db.db, links.consultationId);
    await db.close();

    const gaps = gapsIn(events);
    const replayed = comparable(replay(events.filter((e) => e.seq <= live.seq)));
    const expected = comparable(live);
    const differing = Object.keys(expected).filter(
      (key) => !isDeepStrictEqual(replayed[key as keyof typeof replayed], expected[key as keyof typeof expected]),
    );
    const replayEqual = differing.length === 0 && events.at(-1)?.seq === live.seq;
    const steady = samples.filter((s) => s.at >= warmUpShare * seconds * 1000);
    const quarter = Math.max(1, Math.floor(steady.length / 3));
    const early = median(steady.slice(0, quarter).map((s) => s.kb));
    const late = median(steady.slice(-quarter).map((s) => s.kb));
    const growth = early > 0 ? (late - early) / early : 0;

    say(
      `actions: ${stats.sent} sent in ${elapsed.toFixed(0)} s (${(stats.sent / elapsed).toFixed(1)}/s), ${stats.ok} accepted`,
    );
    say(`expected refusals: ${JSON.stringify(stats.expected)}`);
    say(
      `unexpected: ${stats.unexpected.length}${stats.unexpected.length ? ` e.g. ${JSON.stringify(stats.unexpected.slice(0, 5))}` : ""}`,
    );
    say(
      `ack latency ms: p50 ${quantile(stats.latencies, 0.5).toFixed(0)}, p95 ${quantile(stats.latencies, 0.95).toFixed(0)}, ` +
        `p99 ${quantile(stats.latencies, 0.99).toFixed(0)}, max ${quantile(stats.latencies, 1).toFixed(0)}`,
    );
    say(`by command: ${JSON.stringify(stats.byCommand)}`);
    say(
      `server RSS MB: start ${mb(samples[0]?.kb ?? 0)}, after warm-up ${mb(early)}, end ${mb(late)}, ` +
        `max ${mb(Math.max(...samples.map((s) => s.kb)))} (growth ${(growth * 100).toFixed(1)}% after warm-up)`,
    );
    say(`log: ${events.length} events, gaps ${gaps.length ? gaps.slice(0, 5).join(",") : "none"}`);
    say(
      `chain: ${chain.intact ? "intact" : `BROKEN at ${chain.firstBrokenSeq}: ${chain.reason}`}, head ${chain.head.hash}`,
    );
    say(`replay from seq 1 equals the live state: ${replayEqual ? "yes" : `NO (${differing.join(", ")})`}`);

    const failures = [
      stats.unexpected.length > 0 && "unexpected refusals",
      growth > maxGrowth && "memory grew after warm-up",
      gaps.length > 0 && "gaps in the log",
      !chain.intact && "broken chain",
      !replayEqual && "replay differs from the live state",
    ].filter(Boolean);
    say(failures.length ? `FAILED: ${failures.join("; ")}` : "soak passed");
    return failures.length ? 1 : 0;
  } finally {
    if (server.child.exitCode === null) await server.kill();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`soak failed to run: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
