import type { SummaryNarrative } from "@trilogue/shared";

/** One follow-up action as the form holds it; `key` keeps React rows stable while editing. */
export type FollowUpRow = { key: number; action: string; responsible: string };

/** The narrative as the editor holds it: item summaries by item id, follow-up rows in order. */
export type NarrativeForm = {
  overview: string;
  /** The summary of each item's discussion, by agenda item id ("" = none). */
  items: Record<string, string>;
  followUp: FollowUpRow[];
};

let nextKey = 1;

/** A fresh, empty follow-up row. */
export const emptyRow = (): FollowUpRow => ({ key: nextKey++, action: "", responsible: "" });

/** The form for a narrative read from the server. */
export function formOf(narrative: SummaryNarrative): NarrativeForm {
  return {
    overview: narrative.overview,
    items: Object.fromEntries(narrative.items.map((entry) => [entry.itemId, entry.summary])),
    followUp: narrative.followUp.map((entry) => ({ key: nextKey++, ...entry })),
  };
}

/**
 * The narrative the form says, as `summary:edit-draft` takes it: items without a summary and
 * follow-up rows without an action are left out; only items still on the agenda are sent.
 */
export function narrativeOf(form: NarrativeForm, agendaItemIds: readonly string[]): SummaryNarrative {
  return {
    overview: form.overview.trim(),
    items: agendaItemIds
      .map((itemId) => ({ itemId, summary: (form.items[itemId] ?? "").trim() }))
      .filter((entry) => entry.summary !== ""),
    followUp: form.followUp
      .map((row) => ({ action: row.action.trim(), responsible: row.responsible.trim() }))
      .filter((row) => row.action !== ""),
  };
}

/** Whether two narratives say the same (the editor's "unsaved changes" test). */
export function sameNarrative(a: SummaryNarrative, b: SummaryNarrative): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
