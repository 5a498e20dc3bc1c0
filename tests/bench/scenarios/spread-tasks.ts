import type { ConsultationEvent } from "@trilogue/shared";
import { io, type Socket } from "socket.io-client";
import { type BenchClient, joinAndConnect, pooled, until } from "../lib/bench-client.js";
import { epochNow } from "../lib/clock.js";
import { isBallotEvent } from "./room.js";

/**
 * Fan-out with the room spread over several generator processes (spread.ts), for rooms of 1,000
 * and 2,000 and for two nodes: each process holds a share of the clients and notes when each of
 * them received each numbered event (epoch milliseconds, comparable between processes); the
 * first process's first client casts. The clients live here between tasks.
 */
let clients: BenchClient[] = [];
let template: ConsultationEvent | undefined;
let baselineSockets: Socket[] = [];
const ours = new Map<number, { count: number; last: number }>();
const bare = new Map<number, { count: number; last: number }>();
let mark = { cpu: process.cpuUsage(), at: epochNow() };

function note(arrivals: Map<number, { count: number; last: number }>, seq: number, at: number) {
  const entry = arrivals.get(seq);
  if (entry) {
    entry.count += 1;
    entry.last = Math.max(entry.last, at);
  } else arrivals.set(seq, { count: 1, last: at });
}

const countOf = (arrivals: Map<number, { count: number; last: number }>, seq: number) => arrivals.get(seq)?.count ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds `links` to this process's share of the room; link i connects to `urls[i % urls.length]`. */
export async function spreadJoin(params: { urls: string[]; links: string[]; firstNumber: number; pollId: string }) {
  const added = await pooled(params.links, 16, (link, i) =>
    joinAndConnect(params.urls[i % params.urls.length] ?? "", link, `Delegate ${params.firstNumber + i}`),
  );
  for (const client of added) {
    client.onEvents((events, at) => {
      for (const event of events) {
        if (!isBallotEvent(event, params.pollId)) continue;
        template ??= event;
        note(ours, event.seq, performance.timeOrigin + at);
      }
    });
    clients.push(client);
  }
  return { clients: clients.length };
}

/** Connects `count` bare clients to the baseline server. */
export async function spreadBaselineJoin(params: { url: string; count: number }) {
  baselineSockets = await pooled(
    Array.from({ length: params.count }, (_, i) => i),
    16,
    async () => {
      const socket = io(params.url, { transports: ["websocket"], forceNew: true, reconnection: false });
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      socket.on("events", (events: { seq: number }[]) => {
        const at = epochNow();
        for (const event of events) note(bare, event.seq, at);
      });
      return socket;
    },
  );
  return { clients: baselineSockets.length };
}

/** Starts the CPU window that `spreadArrivals` reports on. */
export async function spreadMark() {
  mark = { cpu: process.cpuUsage(), at: epochNow() };
  return null;
}

/**
 * The first client casts `ballots` ballots one after the other; after each, it waits until every
 * client of this process has it, and `gapMs` more (the other processes' shares are as large).
 */
export async function spreadCast(params: { pollId: string; ballots: number; gapMs: number }) {
  const caster = clients[0];
  if (!caster) throw new Error("no caster in the first generator process");
  const casts: { seq: number; sentAt: number; ackMs: number }[] = [];
  for (let b = 0; b < params.ballots; b++) {
    const sentAt = epochNow();
    const ack = await caster.send("ballot:cast", { pollId: params.pollId, choices: [b % 3] });
    if (!ack.ok) throw new Error(`ballot refused: ${ack.error.code} ${ack.error.message}`);
    casts.push({ seq: ack.data.seq, sentAt, ackMs: epochNow() - sentAt });
    await until(() => countOf(ours, ack.data.seq) >= clients.length, 10_000);
    await sleep(params.gapMs);
  }
  return { casts, frame: template ? [template] : [] };
}

/** The baseline's first client hands the server `frame`, then has it broadcast `broadcasts` times. */
export async function spreadBaselineCast(params: { frame: unknown[]; broadcasts: number; gapMs: number }) {
  const sender = baselineSockets[0];
  if (!sender) throw new Error("no baseline client in the first generator process");
  await sender.timeout(10_000).emitWithAck("payload", params.frame);
  await sleep(500);
  const casts: { seq: number; sentAt: number }[] = [];
  for (let seq = 1; seq <= params.broadcasts; seq++) {
    const sentAt = epochNow();
    sender.emit("broadcast", seq);
    casts.push({ seq, sentAt });
    await until(() => countOf(bare, seq) >= baselineSockets.length, 10_000);
    await sleep(params.gapMs);
  }
  return { casts };
}

/** How many clients here received each event, the last of them when, and this process's CPU since the mark. */
export async function spreadArrivals(params: { seqs: number[]; baseline: boolean }) {
  const arrivals = params.baseline ? bare : ours;
  const used = process.cpuUsage(mark.cpu);
  return {
    arrivals: params.seqs.map((seq) => ({ seq, count: countOf(arrivals, seq), last: arrivals.get(seq)?.last ?? 0 })),
    cpuPercent: Math.round(((used.user + used.system) / 1000 / Math.max(1, epochNow() - mark.at)) * 100),
  };
}

export async function spreadBaselineClose() {
  for (const socket of baselineSockets) socket.disconnect();
  baselineSockets = [];
  bare.clear();
  return null;
}

export async function spreadClose() {
  for (const client of clients) client.close();
  clients = [];
  template = undefined;
  ours.clear();
  await spreadBaselineClose();
  return null;
}
