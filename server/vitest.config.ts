import { defineProject } from "vitest/config";

// Pure rules and services: no test replaces a module, so files share one module load per worker.
export default defineProject({ test: { name: "server", include: ["src/**/*.test.ts"], isolate: false } });
