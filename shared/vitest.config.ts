import { defineProject } from "vitest/config";

// Pure rules and schemas: no test replaces a module, so files share one module load per worker.
export default defineProject({ test: { name: "shared", include: ["src/**/*.test.ts"], isolate: false } });
