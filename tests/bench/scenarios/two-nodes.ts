import type { Pool } from "../lib/ipc.js";
import { prepareConsultation } from "../lib/operator.js";
import { startNodePair } from "../lib/servers.js";
import { type SpreadRow, spreadFanout } from "./spread.js";

/** `twoNodes` in latest.json. */
export type TwoNodesFigure = {
  clients: number;
  /** A ballot cast on node A until every client of both nodes (half on each) has it, p99. */
  crossNodeP99Ms: number;
  /** The same with every client on node A (node B up, idle), p99. */
  singleNodeP99Ms: number;
  ratio: number | null;
};

/**
 * Two app nodes, one PostgreSQL, one Redis. In one consultation every client connects to node A
 * and a delegate on node A casts ballot after ballot (single node); in a second consultation of
 * the same size the clients are split across the two nodes, half each, and a delegate on node A
 * casts again (cross node). Each ballot is timed from its cast until every client has it.
 */
export async function twoNodes(
  pool: Pool,
  params: { clients: number; ballots: number; gapMs: number },
): Promise<{
  figure: TwoNodesFigure;
  details: { single: SpreadRow; cross: SpreadRow; nodeCpuPercent: { single: number[]; cross: number[] } };
}> {
  const pair = await startNodePair();
  const [a, b] = pair.nodes;
  try {
    const one = await prepareConsultation(a.url, a.operatorToken, params.clients, "One node");
    const both = await prepareConsultation(a.url, a.operatorToken, params.clients, "Two nodes");
    const common = { sizes: [params.clients], ballots: params.ballots, gapMs: params.gapMs };
    /** Each node's CPU over `work`, percent of one core. */
    const nodesCpu = async <T>(work: () => Promise<T>): Promise<[T, number[]]> => {
      const before = [a.cpuSeconds(), b.cpuSeconds()];
      const began = performance.now();
      const result = await work();
      const seconds = (performance.now() - began) / 1000;
      return [result, [a, b].map((node, i) => Math.round(((node.cpuSeconds() - (before[i] ?? 0)) / seconds) * 100))];
    };
    process.stdout.write("    every client on node A:\n");
    const [[single], singleCpu] = await nodesCpu(() => spreadFanout(pool, { ...common, urls: [a.url], ...one }));
    process.stdout.write("    clients split across nodes A and B:\n");
    const [[cross], crossCpu] = await nodesCpu(() => spreadFanout(pool, { ...common, urls: [a.url, b.url], ...both }));
    if (!single || !cross) throw new Error("the two-node fan-out gave no row");
    return {
      figure: {
        clients: params.clients,
        crossNodeP99Ms: cross.ours.p99Ms,
        singleNodeP99Ms: single.ours.p99Ms,
        ratio: single.ours.p99Ms > 0 ? Math.round((cross.ours.p99Ms / single.ours.p99Ms) * 100) / 100 : null,
      },
      details: { single, cross, nodeCpuPercent: { single: singleCpu, cross: crossCpu } },
    };
  } finally {
    await pair.stop();
  }
}
