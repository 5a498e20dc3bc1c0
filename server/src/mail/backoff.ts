/** The longest wait between two attempts at one mail. */
export const maxBackoffMs = 3600_000;

/** How long to wait after the n-th failed attempt (n ≥ 1): base, then doubling, capped at an hour. */
export function backoffMs(baseMs: number, attempts: number): number {
  return Math.min(maxBackoffMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
