import type { Ack, CommandResult } from "@trilogue/shared";
import { type BenchClient, joinAndConnect, until } from "../lib/bench-client.js";
import { LatencyRecorder, round } from "../lib/histogram.js";
import { readMetrics } from "../lib/operator.js";
import { measurePhase, type PhaseCpu } from "../lib/phase-cpu.js";
import { ballotsIn, openNamedPoll } from "./room.js";

export type StormParams = {
  url: string;
  operatorToken: string;
  /** The server's process id, to read its CPU use over each phase. */
  serverPid?: number;
  chairLink: string;
  delegateLinks: string[];
};

export type StormResult = {
  joinStorm: { clients: number; allReadyMs: number; failed: number; cpu: PhaseCpu };
  memory: { clients: number; rssBeforeBytes: number; rssAfterBytes: number; perClientKb: number };
  voteStorm: {
    clients: number;
    ackP50Ms: number;
    ackP99Ms: number;
    ackMaxMs: number;
    finalTallyMs: number;
    eventLoopMaxStallMs: number;
    refused: number;
    cpu: PhaseCpu;
  };
};

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The room fills and votes. Join storm: every delegate joins (POST /api/join), connects and gets
 * the full state at once. Memory: the server's RSS before and after, each after a collection.
 * Vote storm: the chair opens a poll and every delegation casts at the same moment; we record each
 * acknowledgement, the moment every client holds every ballot (the final tally), and the server's
 * longest event-loop stall meanwhile.
 */
export async function storm(params: StormParams): Promise<StormResult> {
  const { url, operatorToken: token } = params;
  const count = params.delegateLinks.length;
  // The chair's poll first, so that joining clients start from a quiet, settled room.
  const pollId = await openNamedPoll(url, params.chairLink, "Storm: adopt the expectation?");
  await settle(500);
  const before = await readMetrics(url, token, { gc: true, reset: true });

  const started = performance.now();
  const joinCpu = measurePhase(params.serverPid);
  const joined = await Promise.allSettled(
    params.delegateLinks.map((link, i) => joinAndConnect(url, link, `Delegate ${i + 1}`)),
  );
  const allReadyMs = round(performance.now() - started);
  const joinStormCpu = joinCpu();
  const clients = joined.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  try {
    await settle(1000);
    const after = await readMetrics(url, token, { gc: true });
    const memory = {
      clients: clients.length,
      rssBeforeBytes: before.rssBytes,
      rssAfterBytes: after.rssBytes,
      perClientKb: round((after.rssBytes - before.rssBytes) / 1024 / Math.max(1, clients.length)),
    };
    const voteStorm = await voteAtOnce(url, token, clients, pollId, params.serverPid);
    return {
      joinStorm: { clients: count, allReadyMs, failed: count - clients.length, cpu: joinStormCpu },
      memory,
      voteStorm,
    };
  } finally {
    for (const client of clients) client.close();
  }
}

async function voteAtOnce(
  url: string,
  token: string,
  clients: BenchClient[],
  pollId: string,
  serverPid: number | undefined,
) {
  const expected = clients.length;
  const held = clients.map(() => 0);
  let allHeldAt = 0;
  let complete = 0;
  let firstFrameAt = 0;
  let frames = 0;
  clients.forEach((client, i) => {
    client.onEvents((events, at) => {
      firstFrameAt ||= at;
      frames += 1;
      const before = held[i] ?? 0;
      for (const event of events) held[i] = (held[i] ?? 0) + ballotsIn(event, pollId);
      // Counted once, on the frame that brought this client's last ballot (later frames carry turnout).
      if (before < expected && held[i] === expected) {
        complete += 1;
        if (complete === expected) allHeldAt = at;
      }
    });
  });
  await settle(500);
  await readMetrics(url, token, { reset: true });
  const acks = new LatencyRecorder();
  let refused = 0;
  const started = performance.now();
  const stormCpu = measurePhase(serverPid);
  await Promise.all(
    clients.map(async (client, i) => {
      const sent = performance.now();
      const ack: Ack<CommandResult> = await client.send("ballot:cast", { pollId, choices: [i % 3] });
      acks.record(performance.now() - sent);
      if (!ack.ok) refused += 1;
    }),
  );
  const allAckedAt = performance.now();
  await until(() => complete === expected, 30_000);
  const cpu = stormCpu();
  process.stderr.write(
    `storm timeline: acks ${round(allAckedAt - started)} ms, first frame ${round(firstFrameAt - started)} ms, frames ${frames}\n`,
  );
  const metrics = await readMetrics(url, token);
  const summary = acks.summary();
  return {
    clients: expected,
    ackP50Ms: summary.p50Ms,
    ackP99Ms: summary.p99Ms,
    ackMaxMs: summary.maxMs,
    finalTallyMs: allHeldAt ? round(allHeldAt - started) : Number.NaN,
    eventLoopMaxStallMs: metrics.eventLoopDelay.maxMs,
    refused,
    cpu,
  };
}
