/** A token bucket: `capacity` actions at once, refilled at `perSecond`. */
export function createTokenBucket(capacity: number, perSecond: number, clock: () => number = Date.now) {
  let tokens = capacity;
  let last = clock();
  return function take(): boolean {
    const now = clock();
    tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
