import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ExportFigures } from "./report.js";

const none: ExportFigures = { md: null, pdf: null, docx: null, json: null };

/**
 * The summary exports' timings from `bench/export.ts` (200 delegations, 5 items, 10 polls), which
 * another part of the project provides as `measureExports()`. Until it exists the figures are null.
 */
export async function measureExportsIfPresent(): Promise<{ figures: ExportFigures; note: string }> {
  const path = fileURLToPath(new URL("../export.ts", import.meta.url));
  if (!existsSync(path)) return { figures: none, note: "bench/export.ts is not there yet: no export figures" };
  // A path in a variable: the module may not exist when this file is type-checked.
  const specifier = "../export.js";
  const module = (await import(specifier)) as { measureExports?: () => Promise<ExportFigures> };
  if (typeof module.measureExports !== "function") {
    return { figures: none, note: "bench/export.ts has no measureExports()" };
  }
  const figures = await module.measureExports();
  return { figures, note: "measured by bench/export.ts" };
}
