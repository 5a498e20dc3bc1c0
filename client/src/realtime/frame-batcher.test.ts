import { afterEach, describe, expect, it, vi } from "vitest";
import { createFrameBatcher, latestFlushMs } from "./frame-batcher";

describe("batching live events by frame", () => {
  afterEach(() => vi.useRealTimers());

  it("applies everything that arrived before a frame in one go, in arrival order", () => {
    vi.useFakeTimers();
    const applied: number[][] = [];
    const batcher = createFrameBatcher<number>(window, (items) => applied.push(items));
    batcher.push([1, 2]);
    batcher.push([3]);
    batcher.push([4, 5]);
    expect(applied).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(applied).toEqual([[1, 2, 3, 4, 5]]);
    batcher.push([6]);
    vi.advanceTimersToNextFrame();
    expect(applied).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it("still applies without frames (a hidden tab) after a short while, once", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const frames: FrameRequestCallback[] = [];
    const hidden = {
      requestAnimationFrame: (f: FrameRequestCallback) => frames.push(f),
      cancelAnimationFrame: () => {},
    };
    const applied: number[][] = [];
    const batcher = createFrameBatcher<number>(hidden as unknown as Window, (items) => applied.push(items));
    batcher.push([1]);
    vi.advanceTimersByTime(latestFlushMs);
    expect(applied).toEqual([[1]]);
    for (const frame of frames) frame(0); // a late frame finds nothing left to apply
    expect(applied).toEqual([[1]]);
  });

  it("applies at once without a window, drops what waits on clear, and flushes on demand", () => {
    const direct: number[][] = [];
    createFrameBatcher<number>(null, (items) => direct.push(items)).push([1]);
    expect(direct).toEqual([[1]]);

    vi.useFakeTimers();
    const applied: number[][] = [];
    const batcher = createFrameBatcher<number>(window, (items) => applied.push(items));
    batcher.push([1]);
    batcher.clear();
    vi.advanceTimersToNextFrame();
    expect(applied).toEqual([]);
    batcher.push([2]);
    batcher.flush();
    expect(applied).toEqual([[2]]);
  });
});
