import { appendFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
let start = process.cpuUsage();
let wall = 0;
let file = "";
beforeAll(({}, s) => { start = process.cpuUsage(); wall = Date.now(); file = (s as unknown as { filepath?: string; file?: { filepath: string } }).file?.filepath ?? (s as unknown as { filepath?: string }).filepath ?? "?"; });
afterAll(() => {
  const u = process.cpuUsage(start);
  appendFileSync("/tmp/cpu-files.jsonl", `${JSON.stringify({ file, cpu: (u.user + u.system) / 1e6, wall: (Date.now() - wall) / 1000, pid: process.pid })}\n`);
});
