import { defineConfig } from "vitest/config";

// One command runs every package's tests; each package says how its own run. All four run in one
// pool of two workers, one per core (vitest would take one): the unit files fill the gaps that the
// real-server files leave while they wait on sockets, timers and Chromium.
export default defineConfig({
  test: {
    projects: ["shared", "server", "client", "tests"],
    maxWorkers: 2,
  },
});
