/**
 * CPU over one phase of a scenario, in percent of one core: the generator's (its busiest process,
 * and each process's when there are several) and the server's. A generator process near 100%
 * means the figure measures the generator, not the server.
 */
export type PhaseCpu = { generatorPercent: number; generatorProcessesPercent?: number[]; serverPercent: number };
