/**
 * Wall-clock milliseconds with sub-millisecond precision, comparable between the bench's processes
 * on one machine: a storm starts at the same moment in every generator process.
 */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Resolves at the wall-clock moment `at` (or at once if it has passed). */
export const waitUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - epochNow())));
