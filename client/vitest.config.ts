import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Store and component tests in a DOM; the browser tests live in tests/src/browser.
export default defineProject({
  plugins: [react()],
  test: {
    name: "client",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
  },
});
