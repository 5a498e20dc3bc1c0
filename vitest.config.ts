import { defineConfig } from "vitest/config";
import { LongestFirst } from "./tests/sequencer/longest-first.ts";

// One command runs every package's tests; each package says how its own run. All four run in one
// pool of two workers, one per core (vitest would take one), longest file first whatever its
// package: the unit files fill the gaps that the real-server files leave at the end.
export default defineConfig({
  test: {
    projects: ["shared", "server", "client", "tests"],
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
