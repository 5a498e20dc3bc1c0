import { defineProject } from "vitest/config";

// Real servers, real databases, real Chromium: slower, so longer timeouts and fewer at once.
export default defineProject({
  test: {
    name: "tests",
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // The server's modules load once per worker, not once per file: each file still starts its own
    // servers and databases, and no test replaces a module, so nothing leaks from one file to the next.
    isolate: false,
    // A condition waited on gives up only after 20 s: on a loaded 2-core machine a broadcast or a
    // repaint can take seconds; a passing test waits no longer than the condition takes.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
