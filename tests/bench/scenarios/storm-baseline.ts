import type { ConsultationEvent, Snapshot } from "@trilogue/shared";
import { io } from "socket.io-client";
import { LatencyRecorder, round } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import { phase, settle, split } from "./storm.js";
import type { baselineStormJoin, baselineStormVote } from "./storm-baseline-tasks.js";

/** What the bare Socket.IO server did in the same run, beside Trilogue's storms. */
export type StormBaselineResult = {
  clients: number;
  /** From the start until every client was connected and held the snapshot-sized payload. */
  joinMs: number;
  /** From the start of the votes until every client held the tally-sized broadcast. */
  voteMs: number;
  voteAckP99Ms: number;
  snapshotBytes: number;
  tallyBytes: number;
  failed: number;
  cpu: { join: PhaseCpu; vote: PhaseCpu | null };
};

type Joined = Awaited<ReturnType<typeof baselineStormJoin>>;
type Voted = Awaited<ReturnType<typeof baselineStormVote>>;

/**
 * The storms on the bare server, spread over the same generator processes: `clients` connect at
 * one moment, each receiving `snapshot` (join storm); then, when `tally` is given, each sends a
 * vote that is acknowledged and the last one makes the server broadcast `tally` once (vote storm).
 */
export async function stormBaseline(
  pool: Pool,
  params: {
    baselineUrl: string;
    baselinePid?: number;
    clients: number;
    snapshot: Snapshot;
    tally: ConsultationEvent[] | null;
  },
): Promise<StormBaselineResult> {
  const admin = io(params.baselineUrl, { transports: ["websocket"], forceNew: true, reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      admin.once("connect", () => resolve());
      admin.once("connect_error", reject);
    });
    await admin
      .timeout(60_000)
      .emitWithAck("storm:setup", { snapshot: params.snapshot, tally: params.tally, expected: params.clients });
  } finally {
    admin.disconnect();
  }
  const shares = split(
    Array.from({ length: params.clients }, (_, i) => i),
    pool.size,
  );
  try {
    const join = await phase<Joined>(pool, params.baselinePid, "baselineStormJoin", (startAt, i) => ({
      url: params.baselineUrl,
      count: shares[i]?.length ?? 0,
      startAt,
    }));
    const failed = join.results.reduce((sum, result) => sum + result.failed, 0);
    let voteMs = Number.NaN;
    let voteAckP99Ms = Number.NaN;
    let voteCpu: PhaseCpu | null = null;
    if (params.tally && failed === 0) {
      await settle(1000);
      const vote = await phase<Voted>(pool, params.baselinePid, "baselineStormVote", (startAt) => ({ startAt }));
      const acks = new LatencyRecorder();
      for (const result of vote.results) for (const ms of result.acks) acks.record(ms);
      const completes = vote.results.map((result) => result.completeAt);
      voteMs = completes.every((at) => at !== null)
        ? round(Math.max(...completes.map((at) => at ?? 0)) - vote.startAt)
        : Number.NaN;
      voteAckP99Ms = acks.summary().p99Ms;
      voteCpu = vote.cpu(vote.results);
    }
    return {
      clients: params.clients,
      joinMs: round(Math.max(...join.results.map((result) => result.readyAt)) - join.startAt),
      voteMs,
      voteAckP99Ms,
      snapshotBytes: Buffer.byteLength(JSON.stringify(params.snapshot)),
      tallyBytes: params.tally ? Buffer.byteLength(JSON.stringify(params.tally)) : 0,
      failed,
      cpu: { join: join.cpu(join.results), vote: voteCpu },
    };
  } finally {
    await Promise.all(pool.workers.map((worker) => worker.run("baselineStormClose", {}, 30_000)));
  }
}

/** Ours over the baseline, to two decimals (null when either is missing). */
export const ratioOf = (ours: number, baseline: number) =>
  Number.isFinite(ours) && Number.isFinite(baseline) && baseline > 0 ? Math.round((ours / baseline) * 100) / 100 : null;
