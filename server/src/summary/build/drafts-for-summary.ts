import type {
  Confidentiality,
  Constituency,
  Delegation,
  ParagraphKind,
  ParagraphState,
  ProposalKind,
  Snapshot,
} from "@trilogue/shared";
import {
  constituencies,
  coSignatoriesOf,
  hasBrackets,
  jointStatementOn,
  numberParagraphs,
  orderParagraphs,
} from "@trilogue/shared";
import { attributionOf, stricterMode } from "./attribution.js";
import { redactorFor } from "./redaction.js";

/** Who put text forward, as the mode allows: a name on the record, constituencies under Chatham House. */
export type SummarySponsor = { delegation: string | null; constituencies: Constituency[] };

/** One paragraph of a draft as the summary shows it: number, state, text with its brackets. */
export type SummaryDraftParagraph = {
  kind: ParagraphKind;
  number: number;
  /** "PP1", "OP2". */
  label: string;
  state: ParagraphState;
  text: string;
  hasBrackets: boolean;
  version: number;
  /** The delegation whose proposal created the paragraph; null when closed or written by the chair. */
  sponsor: SummarySponsor | null;
  /** Co-sponsors who confirmed; empty when closed. */
  coSponsors: SummarySponsor[];
};

/** A proposal still before the chair (not reported when closed: outcomes only). */
export type SummaryDraftProposal = {
  /** The paragraph it amends ("OP2"), or null for a new paragraph. */
  paragraph: string | null;
  kind: ProposalKind;
  passage: string;
  text: string;
  sponsor: SummarySponsor;
  coSponsors: SummarySponsor[];
};

/** A draft as the summary carries it. */
export type SummaryDraft = {
  title: string;
  /** The agenda item's number (1-based, agenda order). */
  itemNumber: number | null;
  paragraphs: SummaryDraftParagraph[];
  pendingProposals: SummaryDraftProposal[];
  /** Paragraphs in each state. */
  counts: Record<ParagraphState, number>;
};

/**
 * Every draft of the consultation for the chair's summary, attributed per the confidentiality mode
 * (the stricter of the consultation's and `mode`): on the record, sponsors are named; under
 * Chatham House, only their constituencies are, and known names are struck from the text (with
 * the summary's own redaction marks); closed carries the text and states only, without sponsors
 * or pending proposals. Drafts in opening order, paragraphs numbered PP then OP. Pure.
 */
export function draftForSummary(snapshot: Snapshot, mode: Confidentiality = "on_record"): SummaryDraft[] {
  const effective = stricterMode(snapshot.consultation.confidentiality, mode);
  const attribution = attributionOf(effective);
  const redact = redactorFor(snapshot);
  const text = attribution.redacts ? redact : (value: string) => value;
  const delegations = new Map(snapshot.delegations.map((d) => [d.id, d]));
  const sponsor = (id: string): SummarySponsor => {
    const delegation: Delegation | undefined = delegations.get(id);
    return {
      delegation: attribution.namesDelegations ? (delegation?.name ?? null) : null,
      constituencies: constituencies.filter((c) => delegation?.constituencies.includes(c)),
    };
  };
  const coSponsors = (proposalId: string | undefined): SummarySponsor[] => {
    const joint = proposalId ? jointStatementOn("proposal", proposalId, snapshot.jointStatements ?? []) : undefined;
    return joint ? coSignatoriesOf(joint.id, snapshot.coSignatures ?? []).confirmed.map(sponsor) : [];
  };
  const items = [...snapshot.items].sort((a, b) => a.position - b.position);
  const itemNumbers = new Map(items.map((item, index) => [item.id, index + 1]));
  const drafts = [...(snapshot.drafts ?? [])].sort((a, b) =>
    a.openedAt === b.openedAt ? (a.id < b.id ? -1 : 1) : a.openedAt < b.openedAt ? -1 : 1,
  );
  return drafts.map((draft) => {
    const own = orderParagraphs((snapshot.paragraphs ?? []).filter((p) => p.draftId === draft.id));
    const numbers = numberParagraphs(own);
    const proposals = (snapshot.draftProposals ?? []).filter((p) => p.draftId === draft.id);
    const counts: Record<ParagraphState, number> = { bracketed: 0, agreed_ad_referendum: 0, agreed: 0 };
    const paragraphs = own.map((paragraph): SummaryDraftParagraph => {
      counts[paragraph.state] += 1;
      const number = numbers.get(paragraph.id);
      const origin = proposals.find((p) => p.kind === "new_paragraph" && p.resultingParagraphId === paragraph.id);
      const named = attribution.reportsDiscussion && paragraph.sponsorDelegationId !== null;
      return {
        kind: paragraph.kind,
        number: number?.number ?? 0,
        label: number?.label ?? "",
        state: paragraph.state,
        text: text(paragraph.text),
        hasBrackets: hasBrackets(paragraph.text),
        version: paragraph.version,
        sponsor: named && paragraph.sponsorDelegationId ? sponsor(paragraph.sponsorDelegationId) : null,
        coSponsors: named ? coSponsors(origin?.id) : [],
      };
    });
    const pendingProposals = attribution.reportsDiscussion
      ? proposals
          .filter((p) => p.status === "pending")
          .sort((a, b) =>
            a.proposedAt === b.proposedAt ? (a.id < b.id ? -1 : 1) : a.proposedAt < b.proposedAt ? -1 : 1,
          )
          .map((p) => ({
            paragraph: p.paragraphId ? (numbers.get(p.paragraphId)?.label ?? null) : null,
            kind: p.kind,
            passage: text(p.passage),
            text: text(p.text),
            sponsor: sponsor(p.delegationId),
            coSponsors: coSponsors(p.id),
          }))
      : [];
    return {
      title: text(draft.title),
      itemNumber: itemNumbers.get(draft.itemId) ?? null,
      paragraphs,
      pendingProposals,
      counts,
    };
  });
}
