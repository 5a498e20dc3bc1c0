import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Seconds each file took in a full run, by `<project>:<path>`: see `refresh.ts`. */
const recorded: Record<string, number> = JSON.parse(readFileSync(new URL("./durations.json", import.meta.url), "utf8"));

/**
 * Runs the longest files first, whatever their package, so that the short ones fill the gaps at the
 * end rather than a 90 s browser test starting last on a 2-core machine. Vitest's own order runs
 * the packages one after another (client, server, shared, then the real-server tests) and, on a
 * clean clone with no cache, leaves files in the order found. A file's time is vitest's cached one
 * where there is a cache, else the committed one; a file in neither runs first, as vitest does.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      const cached = this.ctx.cache.getFileTestResults(key)?.duration;
      return cached !== undefined ? cached / 1000 : (recorded[key] ?? Number.POSITIVE_INFINITY);
    };
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}
