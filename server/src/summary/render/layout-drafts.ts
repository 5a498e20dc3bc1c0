import type { SummaryDocument } from "../build/document.js";
import type { SummaryDocumentDraft } from "../build/drafts.js";
import { fill, type SummaryLabels } from "../labels/index.js";
import type { Block, ListEntry } from "./blocks.js";
import type { Formatter } from "./format.js";
import { isolate } from "./layout-items.js";

type Tools = { labels: SummaryLabels; f: Formatter; document: SummaryDocument };
type Sponsor = SummaryDocumentDraft["pendingProposals"][number]["sponsor"];

/**
 * The drafts of mandate language: each paragraph numbered (PP1, OP1) with its state and its text,
 * brackets kept as written, then the proposals still before the chair. Attribution is already in
 * the document (a sponsor's name on the record only), so nothing here can name more. Pure.
 */
export function draftBlocks(tools: Tools): Block[] {
  const drafts = tools.document.drafts ?? [];
  if (drafts.length === 0) return [];
  return [{ kind: "heading", level: 1, text: tools.labels.drafts }, ...drafts.flatMap((d) => oneDraft(d, tools))];
}

/** A sponsor as the document holds it: the delegation's name, else its constituencies. */
function who(sponsor: Sponsor, { labels, f }: Tools): string {
  return sponsor.delegation ? isolate(labels, sponsor.delegation) : f.constituencies(sponsor.constituencies);
}

/** "proposed by India; co-sponsored by Senegal, Uruguay", or "" when nobody is named. */
function attribution(sponsor: Sponsor | null, coSponsors: Sponsor[], tools: Tools): string {
  const { labels } = tools;
  const parts = [
    ...(sponsor ? [fill(labels.proposedBy, { sponsor: who(sponsor, tools) })] : []),
    ...(coSponsors.length > 0
      ? [fill(labels.coSponsoredBy, { sponsors: coSponsors.map((s) => who(s, tools)).join(labels.comma) })]
      : []),
  ];
  return parts.join(labels.comma);
}

function oneDraft(draft: SummaryDocumentDraft, tools: Tools): Block[] {
  const { labels, f } = tools;
  const title =
    draft.itemNumber === null
      ? draft.title
      : fill(labels.draftOnItem, { title: isolate(labels, draft.title), number: f.number(draft.itemNumber) });
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: title, quoted: true },
    {
      kind: "paragraph",
      text: fill(labels.draftCountsLine, {
        agreed: f.number(draft.counts.agreed),
        adReferendum: f.number(draft.counts.agreed_ad_referendum),
        bracketed: f.number(draft.counts.bracketed),
      }),
    },
  ];
  if (draft.paragraphs.length === 0) blocks.push({ kind: "paragraph", text: labels.noParagraphs });
  else {
    const items: ListEntry[] = draft.paragraphs.map((p) => {
      const by = attribution(p.sponsor, p.coSponsors, tools);
      const state = labels.paragraphStates[p.state];
      return { label: `${p.label} (${by ? `${state}${labels.comma}${by}` : state})`, text: p.text, quoted: true };
    });
    blocks.push({ kind: "list", ordered: false, items });
  }
  if (draft.pendingProposals.length > 0) {
    blocks.push(
      { kind: "paragraph", tone: "strong", text: labels.pendingProposals },
      {
        kind: "list",
        ordered: false,
        items: draft.pendingProposals.map((p) => ({
          label: `${p.paragraph ?? labels.newParagraph} (${attribution(p.sponsor, p.coSponsors, tools)})`,
          text: fill(labels.proposalTexts[p.kind], { passage: p.passage, text: p.text }),
          quoted: true,
        })),
      },
    );
  }
  return blocks;
}
