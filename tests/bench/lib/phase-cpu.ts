import { processCpuSeconds } from "./servers.js";

/** CPU over one phase of a scenario, in percent of one core: this process's and the server's. */
export type PhaseCpu = { generatorPercent: number; serverPercent: number };

/**
 * Starts measuring a phase (the join storm, the vote storm): call the returned function at its
 * end. A generator near 100% means the figure measures the generator, not the server.
 */
export function measurePhase(serverPid: number | undefined): () => PhaseCpu {
  const began = performance.now();
  const ownStart = process.cpuUsage();
  const serverStart = processCpuSeconds(serverPid);
  return () => {
    const seconds = (performance.now() - began) / 1000;
    const own = process.cpuUsage(ownStart);
    return {
      generatorPercent: Math.round(((own.user + own.system) / 1e6 / seconds) * 100),
      serverPercent: Math.round(((processCpuSeconds(serverPid) - serverStart) / seconds) * 100),
    };
  };
}
