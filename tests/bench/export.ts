import { pathToFileURL } from "node:url";
import { emptyNarrative, type SummaryFormat } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { buildSummary } from "../../server/src/summary/build/build.js";
// The renderers are the server's own; the benchmark calls them in process, without HTTP or a database.
import { renderSummary } from "../../server/src/summary/render/index.js";

/** Milliseconds to export each format, as `pnpm bench` reports them under `exportMs`. */
export type ExportTimings = { md: number; pdf: number; docx: number; json: number };

const formats = ["md", "pdf", "docx", "json"] as const satisfies readonly SummaryFormat[];
const runs = 3;

/**
 * Times each summary format for a large consultation held in memory: 200 delegations, 5 items,
 * 10 polls (every third secret), two expectations, a turn and a position per delegation and item.
 * Each figure is the median of three runs of the whole export (building the summary in the
 * consultation's mode, then rendering it), after one warm-up run that loads the fonts.
 */
export async function measureExports(): Promise<ExportTimings> {
  const snapshot = sampleSummarySnapshot({ delegations: 200, items: 5, polls: 10, confidentiality: "on_record" });
  const generatedAt = new Date("2016-11-03T18:00:00Z");
  const options = { digest: "0".repeat(64), verifyUrl: "http://127.0.0.1/verify" };
  const exportOnce = async (format: SummaryFormat) => {
    const started = performance.now();
    const document = buildSummary({
      snapshot,
      narrative: emptyNarrative(),
      status: "final",
      generatedAt,
      finalisedAt: generatedAt,
    });
    await renderSummary(document, format, options);
    return performance.now() - started;
  };
  for (const format of formats) await exportOnce(format);
  const timings = {} as ExportTimings;
  for (const format of formats) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) samples.push(await exportOnce(format));
    samples.sort((a, b) => a - b);
    timings[format] = Math.round(samples[Math.floor(runs / 2)] ?? 0);
  }
  return timings;
}

// `tsx bench/export.ts` prints the figures on their own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await measureExports()));
}
