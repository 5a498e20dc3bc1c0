/** Collects items that arrive between two frames and hands them over together. */
export type FrameBatcher<T> = {
  /** Queues items for the next frame (or applies them at once when there are no frames). */
  push(items: readonly T[]): void;
  /** Applies whatever is queued now. */
  flush(): void;
  /** Drops whatever is queued (sign-out, another consultation). */
  clear(): void;
};

/**
 * A hidden tab gets no animation frames: past this the batch goes anyway, so a gap is still
 * noticed and caught up while the page is in the background.
 */
export const latestFlushMs = 100;

/**
 * Batches by animation frame: during a vote storm hundreds of ballot and turnout events arrive a
 * second, and applying each one to the store would re-render the screen each time; the screen can
 * only show one state per frame anyway. Without a window (tests, workers) items apply at once.
 */
export function createFrameBatcher<T>(env: Window | null, apply: (items: T[]) => void): FrameBatcher<T> {
  let pending: T[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (frame !== undefined) env?.cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  const flush = () => {
    cancel();
    const batch = pending;
    pending = [];
    if (batch.length > 0) apply(batch);
  };
  return {
    push(items) {
      if (!env?.requestAnimationFrame) return apply([...items]);
      for (const item of items) pending.push(item);
      if (frame !== undefined || timer !== undefined) return;
      frame = env.requestAnimationFrame(flush);
      timer = setTimeout(flush, latestFlushMs);
    },
    flush,
    clear() {
      cancel();
      pending = [];
    },
  };
}
