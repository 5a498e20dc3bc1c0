import type { ConsultationEvent } from "@trilogue/shared";
import { io, type Socket } from "socket.io-client";
import { type BenchClient, joinAndConnect, pooled, until } from "../lib/bench-client.js";
import { LatencyRecorder, type Percentiles } from "../lib/histogram.js";
import { isBallotEvent, openNamedPoll } from "./room.js";

export type FanoutParams = {
  url: string;
  baselineUrl: string;
  chairLink: string;
  delegateLinks: string[];
  sizes: number[];
  ballots: number;
};

/** One fan-out size: Trilogue's delivery of a ballot to the whole room, and the bare baseline's. */
export type FanoutRow = {
  clients: number;
  ours: Percentiles;
  baseline: Percentiles;
  /** Bytes of the frame every client receives (the same in both). */
  frameBytes: number;
  /** Ballots (or baseline broadcasts) that did not reach every client in time. */
  incomplete: number;
  /** From the cast to its acknowledgement: the command's own path (validation, transaction, commit). */
  ack: Percentiles;
};

/** Arrivals of one numbered event across the room: how many clients have it, and when the last did. */
class Arrivals {
  private readonly seen = new Map<number, { count: number; last: number }>();
  note(seq: number, at: number) {
    const entry = this.seen.get(seq);
    if (entry) {
      entry.count += 1;
      entry.last = at;
    } else this.seen.set(seq, { count: 1, last: at });
  }
  countOf(seq: number) {
    return this.seen.get(seq)?.count ?? 0;
  }
  lastOf(seq: number) {
    return this.seen.get(seq)?.last ?? Number.NaN;
  }
}

const gapMs = 10;
const deliveryTimeoutMs = 10_000;

/**
 * Fan-out: with 50, 200, 500 delegates in the room, one delegate casts a ballot at a time and we
 * time from the cast until every connected delegate has received it. Then the same number of
 * clients connect to the bare Socket.IO server and the same frame is broadcast as many times.
 */
export async function fanout(params: FanoutParams): Promise<FanoutRow[]> {
  const pollId = await openNamedPoll(params.url, params.chairLink, "Fan-out: adopt the expectation?");
  const clients: BenchClient[] = [];
  const arrivals = new Arrivals();
  let template: ConsultationEvent | undefined;
  const rows: FanoutRow[] = [];
  try {
    for (const size of params.sizes) {
      const joining = params.delegateLinks.slice(clients.length, size);
      const added = await pooled(joining, 16, (link, i) =>
        joinAndConnect(params.url, link, `Delegate ${clients.length + i + 1}`),
      );
      for (const client of added) {
        client.onEvents((events, at) => {
          for (const event of events) {
            if (!isBallotEvent(event, pollId)) continue;
            template ??= event;
            arrivals.note(event.seq, at);
          }
        });
        clients.push(client);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ours = new LatencyRecorder();
      const acked = new LatencyRecorder();
      let incomplete = 0;
      for (let b = 0; b < params.ballots; b++) {
        const caster = clients[b % size];
        if (!caster) throw new Error("no caster");
        const started = performance.now();
        const ack = await caster.send("ballot:cast", { pollId, choices: [b % 3] });
        if (!ack.ok) throw new Error(`ballot refused: ${ack.error.code} ${ack.error.message}`);
        acked.record(performance.now() - started);
        const seq = ack.data.seq;
        if (await until(() => arrivals.countOf(seq) >= size, deliveryTimeoutMs)) {
          ours.record(arrivals.lastOf(seq) - started);
        } else incomplete += 1;
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      const frame = template ? [template] : [];
      const baseline = await baselineRun(params.baselineUrl, size, params.ballots, frame);
      rows.push({
        clients: size,
        ours: ours.summary(),
        baseline: baseline.latency,
        frameBytes: Buffer.byteLength(JSON.stringify(frame)),
        incomplete: incomplete + baseline.incomplete,
        ack: acked.summary(),
      });
    }
  } finally {
    for (const client of clients) client.close();
  }
  return rows;
}

/** The same number of clients on the bare server, the same frame, the same number of broadcasts. */
async function baselineRun(url: string, size: number, broadcasts: number, frame: ConsultationEvent[]) {
  const sockets: Socket[] = await pooled(
    Array.from({ length: size }, (_, i) => i),
    16,
    async () => {
      const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      return socket;
    },
  );
  const arrivals = new Arrivals();
  for (const socket of sockets) {
    socket.on("events", (events: { seq: number }[]) => {
      const at = performance.now();
      for (const event of events) arrivals.note(event.seq, at);
    });
  }
  const latency = new LatencyRecorder();
  let incomplete = 0;
  try {
    const sender = sockets[0];
    if (!sender) throw new Error("no baseline client");
    await sender.timeout(10_000).emitWithAck("payload", frame);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let b = 1; b <= broadcasts; b++) {
      const started = performance.now();
      sender.emit("broadcast", b);
      if (await until(() => arrivals.countOf(b) >= size, deliveryTimeoutMs))
        latency.record(arrivals.lastOf(b) - started);
      else incomplete += 1;
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
  return { latency: latency.summary(), incomplete };
}
