import { io, type Socket } from "socket.io-client";
import { until } from "../lib/bench-client.js";
import { epochNow, waitUntil } from "../lib/clock.js";
import { cpuMsSince, cpuSince } from "../lib/phase-cpu.js";

/**
 * The storms' same-run baseline inside one generator process (see storm-baseline.ts): bare
 * Socket.IO clients of the bare server (baseline-server.ts), doing what the storm's delegates do
 * without Trilogue behind it. The clients live here between phases.
 */
let sockets: Socket[] = [];

/** At `startAt`, `count` clients connect and each receives a payload the size of Trilogue's snapshot. */
export async function baselineStormJoin(params: { url: string; count: number; startAt: number }) {
  await waitUntil(params.startAt);
  const cpu = process.cpuUsage();
  const joined = await Promise.allSettled(
    Array.from({ length: params.count }, async () => {
      const socket = io(params.url, { transports: ["websocket"], forceNew: true, reconnection: false });
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      // The state as the client reads it: the bytes decoded and parsed, as a delegate's snapshot is.
      const bytes: unknown = await socket.timeout(60_000).emitWithAck("storm:sync");
      if (bytes instanceof Uint8Array) JSON.parse(new TextDecoder().decode(bytes));
      else if (bytes instanceof ArrayBuffer) JSON.parse(new TextDecoder().decode(new Uint8Array(bytes)));
      else throw new Error("no snapshot bytes");
      return socket;
    }),
  );
  const readyAt = epochNow();
  sockets = joined.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  return {
    readyAt,
    failed: params.count - sockets.length,
    cpuPercent: cpuSince(cpu, params.startAt),
    cpuMs: cpuMsSince(cpu),
  };
}

/**
 * At `startAt` every client sends a vote, acknowledged by the server; the last vote of the room
 * makes it broadcast a payload the size of Trilogue's final tally once. Returns each
 * acknowledgement's latency and the moment every client here held the tally.
 */
export async function baselineStormVote(params: { startAt: number }) {
  let received = 0;
  let completeAt = 0;
  for (const socket of sockets) {
    socket.once("storm:tally", () => {
      received += 1;
      if (received === sockets.length) completeAt = epochNow();
    });
  }
  await waitUntil(params.startAt);
  const cpu = process.cpuUsage();
  const acks = await Promise.all(
    sockets.map(async (socket, i) => {
      const sent = performance.now();
      await socket.timeout(30_000).emitWithAck("storm:vote", i % 3);
      return performance.now() - sent;
    }),
  );
  const completed = await until(() => received === sockets.length, 30_000);
  return {
    acks,
    completeAt: completed ? completeAt : null,
    cpuPercent: cpuSince(cpu, params.startAt),
    cpuMs: cpuMsSince(cpu),
  };
}

export async function baselineStormClose() {
  for (const socket of sockets) socket.disconnect();
  sockets = [];
  return null;
}
