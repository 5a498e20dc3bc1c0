import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Store and component tests in a DOM; the browser tests live in tests/src/browser.
export default defineProject({
  plugins: [react()],
  test: {
    // One module load per worker, as in the other packages (a fresh jsdom per file cost ~4 s of CPU
    // each): stores are reset before each test, and no test replaces a module.
    isolate: false,
    name: "client",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
  },
});
