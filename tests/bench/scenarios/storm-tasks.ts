import type { Ack, CommandResult, ConsultationEvent } from "@trilogue/shared";
import { type BenchClient, type JoinMarks, joinAndConnect, until } from "../lib/bench-client.js";
import { epochNow, waitUntil } from "../lib/clock.js";
import { cpuMsSince, cpuSince } from "../lib/phase-cpu.js";
import { ballotsIn } from "./room.js";

/**
 * The vote storm's work inside one generator process, in phases the orchestrator (storm.ts) starts
 * at the same wall-clock moment in every process: the clients join, then cast, then leave. The
 * clients live here between phases.
 */
let clients: BenchClient[] = [];

/** The clients this process joined in the last join phase (the secret storm votes with them too). */
export const joinedClients = (): readonly BenchClient[] => clients;

/** Joins (POST /api/join), connects and receives the full state, for each link, all at once at `startAt`. */
export async function stormJoin(params: { url: string; links: string[]; firstNumber: number; startAt: number }) {
  await waitUntil(params.startAt);
  const cpu = process.cpuUsage();
  const marks: JoinMarks[] = params.links.map(() => ({}));
  const joined = await Promise.allSettled(
    params.links.map((link, i) => joinAndConnect(params.url, link, `Delegate ${params.firstNumber + i}`, marks[i])),
  );
  const readyAt = epochNow();
  clients = joined.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  // Why joins failed, counted by message (a figure with failures must say what they were).
  const errors: Record<string, number> = {};
  for (const outcome of joined) {
    if (outcome.status === "fulfilled") continue;
    const reason: unknown = outcome.reason;
    const cause = reason instanceof Error && reason.cause instanceof Error ? ` (${reason.cause.message})` : "";
    const message = `${reason instanceof Error ? reason.message : String(reason)}${cause}`.slice(0, 120);
    errors[message] = (errors[message] ?? 0) + 1;
  }
  return {
    readyAt,
    failed: params.links.length - clients.length,
    errors,
    cpuPercent: cpuSince(cpu, params.startAt),
    cpuMs: cpuMsSince(cpu),
    marks,
  };
}

/**
 * Every client casts at `startAt`. Returns each acknowledgement's latency and the moment every
 * client here held all `expected` ballots of the poll (the whole room's, cast in every process).
 */
export async function stormVote(params: {
  pollId: string;
  expected: number;
  startAt: number;
  firstNumber: number;
  /** Keep the events that carried the poll's ballots to the first client (the baseline's tally payload). */
  keepTally?: boolean;
}) {
  const held = clients.map(() => 0);
  let complete = 0;
  let completeAt = 0;
  const tallyEvents: ConsultationEvent[] = [];
  clients.forEach((client, i) => {
    client.onEvents((events, at) => {
      const before = held[i] ?? 0;
      for (const event of events) {
        const ballots = ballotsIn(event, params.pollId);
        held[i] = (held[i] ?? 0) + ballots;
        if (params.keepTally && i === 0 && ballots > 0) tallyEvents.push(event);
      }
      if (before < params.expected && (held[i] ?? 0) >= params.expected) {
        complete += 1;
        if (complete === clients.length) completeAt = performance.timeOrigin + at;
      }
    });
  });
  await waitUntil(params.startAt);
  const cpu = process.cpuUsage();
  const acks: number[] = [];
  let refused = 0;
  let lastAckAt = 0;
  await Promise.all(
    clients.map(async (client, i) => {
      const sent = performance.now();
      const ack: Ack<CommandResult> = await client.send("ballot:cast", {
        pollId: params.pollId,
        choices: [(params.firstNumber + i) % 3],
      });
      acks.push(performance.now() - sent);
      lastAckAt = epochNow();
      if (!ack.ok) refused += 1;
    }),
  );
  const completed = await until(() => complete === clients.length, 30_000);
  return {
    acks,
    refused,
    completeAt: completed ? completeAt : null,
    cpuPercent: cpuSince(cpu, params.startAt),
    cpuMs: cpuMsSince(cpu),
    lastAckAt,
    tallyEvents,
  };
}

export async function stormClose() {
  for (const client of clients) client.close();
  clients = [];
  return null;
}
