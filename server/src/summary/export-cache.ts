import type { SummaryFormat } from "@trilogue/shared";
import type { SummaryDocument } from "./build/document.js";
import type { LayoutOptions } from "./render/blocks.js";
import { type RenderedSummary, renderSummary } from "./render/index.js";

/** How many rendered final exports are kept (a few consultations × six formats). */
export const exportCacheEntries = 48;

/**
 * A final summary never changes (the database refuses to rewrite it) and its digest names it, so
 * each format of it is rendered once and served from memory afterwards: a room downloading the
 * PDF at the close costs one rendering, not one per delegate. Drafts are always rendered afresh.
 * The oldest entry goes first when the cache is full; a rendering under way is shared.
 */
export function createExportCache(max = exportCacheEntries) {
  const entries = new Map<string, Promise<RenderedSummary>>();
  return async function render(
    document: SummaryDocument,
    format: SummaryFormat,
    options: LayoutOptions,
  ): Promise<RenderedSummary> {
    if (document.status !== "final" || !options.digest) return renderSummary(document, format, options);
    const key = `${document.consultationId}\n${options.digest}\n${format}${options.coverLetter ? "\nletter" : ""}`;
    const cached = entries.get(key);
    if (cached) {
      // Most recently used last, so the oldest is evicted first.
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const rendering = renderSummary(document, format, options);
    entries.set(key, rendering);
    rendering.catch(() => entries.delete(key));
    while (entries.size > max) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    return rendering;
  };
}
