import type { SummaryDocument } from "../build/document.js";
import { fill, type SummaryLabels } from "../labels/index.js";
import type { Block } from "./blocks.js";
import type { Formatter } from "./format.js";
import { isolate } from "./layout-items.js";

type Tools = { labels: SummaryLabels; f: Formatter; document: SummaryDocument };

/**
 * The chair's letter to the President of the Security Council in UN form, transmitting the summary
 * as its annex: the document symbol left for the Secretariat to assign (S/[year]/...), the letter
 * dated the day the summary was finalised (or generated, for a draft), and the annex's own title.
 */
export function coverLetterBlocks({ labels, f, document }: Tools): Block[] {
  const letterDate = (document.finalisedAt ?? document.generatedAt).slice(0, 10);
  const date = f.date(letterDate);
  const blocks: Block[] = [
    { kind: "paragraph", tone: "strong", text: fill(labels.letterSymbol, { year: letterDate.slice(0, 4) }) },
    { kind: "title", text: fill(labels.letterTitle, { date }) },
    {
      kind: "paragraph",
      text: fill(labels.letterBody, { title: isolate(labels, document.title), date: f.date(document.date) }),
    },
    { kind: "paragraph", text: labels.letterRequest },
  ];
  if (document.chair) blocks.push({ kind: "paragraph", text: fill(labels.letterSigned, { chair: document.chair }) });
  blocks.push(
    { kind: "paragraph", text: labels.letterChair },
    { kind: "pageBreak" },
    { kind: "paragraph", tone: "strong", text: labels.annex },
    { kind: "heading", level: 1, text: fill(labels.annexTitle, { date }) },
  );
  return blocks;
}
