import { PassThrough } from "node:stream";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loggerOptions, logsForPeople } from "./logger.js";

/** Logs the start-up lines through a server built with `options`, and returns what was written. */
async function startUpLines(forPeople: boolean): Promise<string> {
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => {
    written += chunk.toString();
  });
  const app = Fastify({ logger: loggerOptions("info", forPeople, output) });
  app.log.info(
    { consultationId: "c-1" },
    "Demo consultation ready. Its invitation links (chair, secretary, delegations) are in /srv/data/demo-links.json",
  );
  app.log.info("Trilogue is ready at http://localhost:3000");
  app.log.error({ err: new Error("Failed query: insert\nparams: secret-token") }, "a query failed");
  await app.close();
  await new Promise((resolve) => setImmediate(resolve));
  return written;
}

describe("the log's form", () => {
  it("is for people at a terminal, for machines anywhere else", () => {
    expect(logsForPeople({ isTTY: true })).toBe(true);
    expect(logsForPeople({ isTTY: false })).toBe(false);
    expect(logsForPeople({})).toBe(false); // a pipe or a file has no isTTY at all
  });

  it("writes one JSON object a line when nobody reads it at a terminal", async () => {
    const lines = (await startUpLines(false)).trim().split("\n");
    const entries = lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } });
    expect(entries.map((entry) => entry.msg)).toEqual([
      "Demo consultation ready. Its invitation links (chair, secretary, delegations) are in /srv/data/demo-links.json",
      "Trilogue is ready at http://localhost:3000",
      "a query failed",
    ]);
    expect(entries[2]?.err?.message).not.toContain("secret-token");
  });

  it("writes lines a person can read at a terminal, the start-up links included", async () => {
    const text = await startUpLines(true);
    const lines = text.trim().split("\n");
    expect(() => JSON.parse(lines[0] ?? "")).toThrow();
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Demo consultation ready\. .* \/srv\/data\/demo-links\.json$/m);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Trilogue is ready at http:\/\/localhost:3000$/m);
    expect(text).toMatch(/ERROR: a query failed/);
    // The same serializers as the JSON log: a failing query's parameters stay out of the terminal too.
    expect(text).not.toContain("secret-token");
  });
});
