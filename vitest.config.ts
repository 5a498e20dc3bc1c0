import { defineConfig } from "vitest/config";
import { LongestFirst } from "./tests/sequencer/longest-first.ts";

// One command runs every package's tests; each package says how its own run. All four run in one
// pool, longest file first whatever its package: the unit files fill the gaps that the real-server
// files leave at the end. Three workers on two cores: a real-server file spends most of its time
// waiting on its servers, sockets, databases and Chromium, and a third file fills that wait (on a
// quiet machine, 423 s with three against about 700 s with two in vitest's own order).
export default defineConfig({
  test: {
    projects: ["shared", "server", "client", "tests"],
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
  },
});
