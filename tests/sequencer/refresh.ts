import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Writes `durations.json` from a full run's JSON report, for `LongestFirst` on a clean clone:
 *   pnpm vitest run --reporter=default --reporter=json --outputFile=/tmp/report.json
 *   pnpm --filter @trilogue/tests exec tsx sequencer/refresh.ts /tmp/report.json
 */
type Report = { testResults: { name: string; startTime: number; endTime: number }[] };

const [reportPath] = process.argv.slice(2);
if (!reportPath) throw new Error("usage: refresh.ts <vitest JSON report>");
const root = fileURLToPath(new URL("../..", import.meta.url));
const packages = ["client", "server", "shared", "tests"];
const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
const durations: Record<string, number> = {};
for (const file of report.testResults) {
  const path = relative(root, file.name);
  const project = packages.find((name) => path.startsWith(`${name}/`));
  if (!project) continue;
  durations[`${project}:${path}`] = Math.round((file.endTime - file.startTime) / 100) / 10;
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL("./durations.json", import.meta.url), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} files`);
