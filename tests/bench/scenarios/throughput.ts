import { type BenchClient, joinAndConnect, pooled } from "../lib/bench-client.js";
import { LatencyRecorder } from "../lib/histogram.js";
import { openNamedPoll } from "./room.js";

export type ThroughputParams = {
  url: string;
  chairLink: string;
  delegateLinks: string[];
  /** How long the casting goes on. */
  durationMs: number;
  /** Ballots each delegation offers per second (the server allows 20 per socket). */
  perClientRate: number;
};

export type ThroughputResult = {
  ballotsPerSecond: number;
  offeredPerSecond: number;
  accepted: number;
  refused: number;
  ackP50Ms: number;
  ackP99Ms: number;
};

/**
 * Sustained ballots in one consultation and one poll: every delegation keeps changing its ballot
 * at a steady pace, each waiting for its acknowledgement before the next, for a fixed time. The
 * figure is acknowledged ballots per second; the poll has live results, so each ballot is also
 * an event delivered to the whole room.
 */
export async function throughput(params: ThroughputParams): Promise<ThroughputResult> {
  const pollId = await openNamedPoll(params.url, params.chairLink, "Throughput: adopt the expectation?");
  const clients: BenchClient[] = await pooled(params.delegateLinks, 16, (link, i) =>
    joinAndConnect(params.url, link, `Delegate ${i + 1}`),
  );
  const latency = new LatencyRecorder();
  let accepted = 0;
  let refused = 0;
  const interval = 1000 / params.perClientRate;
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    const deadline = started + params.durationMs;
    await Promise.all(
      clients.map(async (client, i) => {
        // Spread the first casts over one interval so the load is steady from the start.
        let next = started + (interval * i) / clients.length;
        for (let n = 0; performance.now() < deadline && n < 100_000; n++) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          next += interval;
          const sent = performance.now();
          const ack = await client.send("ballot:cast", { pollId, choices: [(i + n) % 3] });
          latency.record(performance.now() - sent);
          if (ack.ok) accepted += 1;
          else refused += 1;
        }
      }),
    );
    const elapsed = performance.now() - started;
    const summary = latency.summary();
    return {
      ballotsPerSecond: Math.round((accepted / elapsed) * 1000),
      offeredPerSecond: Math.round(clients.length * params.perClientRate),
      accepted,
      refused,
      ackP50Ms: summary.p50Ms,
      ackP99Ms: summary.p99Ms,
    };
  } finally {
    for (const client of clients) client.close();
  }
}
