import { epochNow } from "./clock.js";

/**
 * CPU over one phase of a scenario, in percent of one core: the generator's (its busiest process,
 * and each process's when there are several) and the server's. A generator process near 100%
 * means the figure measures the generator, not the server.
 */
export type PhaseCpu = {
  generatorPercent: number;
  generatorProcessesPercent?: number[];
  serverPercent: number;
  /**
   * CPU time over the phase, in milliseconds: the server's, and the generator processes' together.
   * Divided by the clients, the cost of one join on each side, which a loaded machine disturbs far
   * less than the wall clock (it stretches the phase, not the work).
   */
  serverCpuMs?: number;
  generatorCpuMs?: number;
};

/** This process's CPU since `start` (taken at `beganAt`, epoch ms), in percent of one core. */
export function cpuSince(start: NodeJS.CpuUsage, beganAt: number): number {
  const used = process.cpuUsage(start);
  return Math.round(((used.user + used.system) / 1000 / Math.max(1, epochNow() - beganAt)) * 100);
}

/** This process's CPU time since `start`, in milliseconds. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}
