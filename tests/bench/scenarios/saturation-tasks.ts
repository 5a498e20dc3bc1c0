import { type BenchClient, joinAndConnect, pooled } from "../lib/bench-client.js";
import { epochNow, waitUntil } from "../lib/clock.js";

/**
 * The saturation search's work inside one generator process (saturation.ts): a share of the
 * delegations, held between steps, each step casting at a given pace from one wall-clock moment.
 */
let clients: BenchClient[] = [];

/** Ballots one delegation may have unanswered at once (as in the throughput scenario). */
const maxInFlight = 3;

export async function saturationJoin(params: { url: string; links: string[]; firstNumber: number }) {
  clients = await pooled(params.links, 16, (link, i) =>
    joinAndConnect(params.url, link, `Delegate ${params.firstNumber + i}`),
  );
  return { clients: clients.length };
}

/**
 * From `startAt`, for `durationMs`, every delegation here changes its ballot `perClientRate` times
 * a second (open loop, at most three unanswered). Returns each acknowledgement's latency.
 */
export async function saturationStep(params: {
  pollId: string;
  perClientRate: number;
  durationMs: number;
  startAt: number;
  firstNumber: number;
}) {
  await waitUntil(params.startAt);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + params.durationMs;
  const interval = 1000 / params.perClientRate;
  const latencies: number[] = [];
  let accepted = 0;
  let refused = 0;
  /** Casts that left later than their moment because three were still unanswered. */
  let heldBack = 0;
  await Promise.all(
    clients.map(async (client, i) => {
      let next = started + (interval * i) / clients.length;
      const inFlight = new Set<Promise<void>>();
      for (let n = 0; next < deadline; n++) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        next += interval;
        if (inFlight.size >= maxInFlight) {
          heldBack += 1;
          await Promise.race(inFlight);
        }
        const sent = performance.now();
        const cast = client
          .send("ballot:cast", { pollId: params.pollId, choices: [(params.firstNumber + i + n) % 3] })
          .then((ack) => {
            latencies.push(Math.round((performance.now() - sent) * 10) / 10);
            if (ack.ok) accepted += 1;
            else refused += 1;
            inFlight.delete(cast);
          });
        inFlight.add(cast);
      }
      await Promise.all(inFlight);
    }),
  );
  const used = process.cpuUsage(cpu);
  return {
    accepted,
    refused,
    heldBack,
    latencies,
    elapsedMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    cpuPercent: Math.round(((used.user + used.system) / 1000 / Math.max(1, epochNow() - params.startAt)) * 100),
  };
}

export async function saturationClose() {
  for (const client of clients) client.close();
  clients = [];
  return null;
}
