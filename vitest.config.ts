import { defineConfig } from "vitest/config";

// One command runs every package's tests; each package says how its own run.
export default defineConfig({
  test: {
    projects: ["shared", "server", "client", "tests"],
  },
});
