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

/** Ballots one delegation may have unanswered at once. */
const maxInFlight = 3;

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
 * at a steady pace (a few may await their acknowledgement at once), for a fixed time. The
 * figure is acknowledged ballots per second through the whole command path (validation, the
 * consultation's lock, receipts, ballots, participation, the log). The poll shows its results on
 * close, as a formal vote does: the cost of delivering every ballot to the whole room is what the
 * fan-out and vote-storm figures measure, and at 2,000 ballots a second to 500 clients it would
 * be the load generator's parsing, not the server, that was measured.
 */
export async function throughput(params: ThroughputParams): Promise<ThroughputResult> {
  const pollId = await openNamedPoll(params.url, params.chairLink, "Throughput: adopt the expectation?", "on_close");
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
        const inFlight = new Set<Promise<void>>();
        for (let n = 0; performance.now() < deadline && n < 100_000; n++) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          next += interval;
          // Open loop, as delegates do not wait for each other: a few ballots may be unanswered at once.
          if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
          const sent = performance.now();
          const cast = client.send("ballot:cast", { pollId, choices: [(i + n) % 3] }).then((ack) => {
            latency.record(performance.now() - sent);
            if (ack.ok) accepted += 1;
            else refused += 1;
            inFlight.delete(cast);
          });
          inFlight.add(cast);
        }
        await Promise.all(inFlight);
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
