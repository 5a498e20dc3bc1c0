import { defineProject } from "vitest/config";

// Real servers, real databases, real Chromium: slower, so longer timeouts and fewer at once.
export default defineProject({
  test: {
    name: "tests",
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
