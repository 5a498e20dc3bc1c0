import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "./build/build.js";
import { canonicalJson } from "./build/canonical.js";
import { createExportCache } from "./export-cache.js";
import { renderSummary } from "./render/index.js";
import { verifyBodyLimit } from "./summary.routes.js";

/** A final summary of a consultation of 200 delegations. */
const large = buildSummary({
  snapshot: sampleSummarySnapshot({
    delegations: 200,
    items: 5,
    polls: 3,
    language: "en",
    confidentiality: "on_record",
  }),
  narrative: { overview: "", items: [], followUp: [] },
  status: "final",
  generatedAt: new Date("2016-11-03T18:00:00Z"),
  finalisedAt: new Date("2016-11-03T18:00:00Z"),
});
const options = { digest: "0f".repeat(32), verifyUrl: "https://trilogue.example.org/verify" };

describe("the export cache of final summaries", () => {
  it("renders each format of a final summary once, at 200 delegations", { timeout: 120_000 }, async () => {
    const cache = createExportCache();
    const times: Record<string, { uncached: number; cached: number }> = {};
    for (const format of ["pdf", "docx", "md"] as const) {
      let started = performance.now();
      const first = await cache(large, format, options);
      const uncached = performance.now() - started;
      started = performance.now();
      const again = await cache(large, format, options);
      const cached = performance.now() - started;
      expect(again.body.equals(first.body)).toBe(true);
      expect(again).toBe(first);
      expect(cached).toBeLessThan(uncached);
      times[format] = { uncached: Math.round(uncached), cached: Math.round(cached * 100) / 100 };
    }
    console.info(`export times at 200 delegations (ms): ${JSON.stringify(times)}`);
  });

  it("renders drafts afresh every time", { timeout: 60_000 }, async () => {
    const cache = createExportCache();
    const draft = { ...large, status: "draft" as const };
    const first = await cache(draft, "md", { digest: null, verifyUrl: null });
    expect(await cache(draft, "md", { digest: null, verifyUrl: null })).not.toBe(first);
    expect((await renderSummary(draft, "md", { digest: null, verifyUrl: null })).body.equals(first.body)).toBe(true);
  });

  it("takes a real summary's JSON under the anonymous verify limit", () => {
    const bytes = Buffer.byteLength(canonicalJson(large));
    console.info(`canonical JSON at 200 delegations: ${bytes} bytes (limit ${verifyBodyLimit})`);
    expect(bytes).toBeLessThan(verifyBodyLimit);
  });
});
