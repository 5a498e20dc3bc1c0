import { constituencies, stances, votingConstituencies } from "@trilogue/shared";
import type { SummaryDocument, SummaryItem, SummaryJoint, SummaryParty, SummaryPoll } from "../build/document.js";
import { figureLabels } from "../labels/figures.js";
import { fill, type SummaryLabels } from "../labels/index.js";
import type { Block, ListEntry } from "./blocks.js";
import type { Formatter } from "./format.js";

type Tools = { labels: SummaryLabels; f: Formatter; document: SummaryDocument };

/**
 * Free text set into a right-to-left sentence is isolated (U+2068 … U+2069), so a Latin title's
 * punctuation stays with it; left-to-right documents need no marks.
 */
export const isolate = (labels: SummaryLabels, text: string) =>
  labels.direction === "rtl" ? `\u2068${text}\u2069` : text;

/** Splits a narrative into paragraphs at blank lines. */
export const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: "paragraph", text: part, quoted: true }));

/** One agenda item: question, discussion, positions, polls, consensus calls and conclusion. */
export function itemBlocks(item: SummaryItem, tools: Tools): Block[] {
  const { labels } = tools;
  const blocks: Block[] = [
    {
      kind: "heading",
      level: 1,
      text: fill(labels.agendaItem, { number: tools.f.number(item.number), title: isolate(labels, item.title) }),
    },
  ];
  if (item.question) blocks.push({ kind: "paragraph", label: labels.question, text: item.question, quoted: true });
  if (item.narrative)
    blocks.push({ kind: "heading", level: 2, text: labels.discussion }, ...paragraphs(item.narrative));
  if (item.positions) blocks.push(...positionBlocks(item, tools));
  // Decisive votes under "Votes"; indicative polls apart, under their own heading.
  const decisive = item.polls.filter((poll) => poll.indicative === false);
  const indicative = item.polls.filter((poll) => poll.indicative !== false);
  if (decisive.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: labels.votes });
    for (const poll of decisive) blocks.push(...pollBlocks(poll, tools));
  }
  if (indicative.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: decisive.length > 0 ? labels.indicativePolls : labels.polls });
    for (const poll of indicative) blocks.push(...pollBlocks(poll, tools));
  }
  if (item.consensusCalls.length > 0) blocks.push(...consensusBlocks(item, tools));
  blocks.push(
    { kind: "heading", level: 2, text: labels.conclusion },
    item.conclusion
      ? { kind: "paragraph", text: item.conclusion, quoted: true }
      : { kind: "paragraph", text: labels.noConclusion },
  );
  return blocks;
}

function positionBlocks(item: SummaryItem, tools: Tools): Block[] {
  const { labels, f } = tools;
  const positions = item.positions;
  if (!positions) return [];
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: labels.positions },
    {
      kind: "paragraph",
      text: fill(f.plural(labels.positionsLine, positions.total), { total: f.number(positions.total) }),
    },
  ];
  if (positions.total === 0) return blocks;
  const row = (name: string, counts: Record<(typeof stances)[number], number>) => [
    name,
    ...stances.map((stance) => f.number(counts[stance])),
  ];
  blocks.push({
    kind: "table",
    header: [labels.constituency, ...stances.map((stance) => labels.stances[stance])],
    rows: [
      row(labels.overall, positions.overall),
      ...constituencies.flatMap((c) => {
        const counts = positions.byConstituency[c];
        return counts ? [row(labels.constituencies[c], counts)] : [];
      }),
    ],
    widths: [3, 2, 2, 2, 2],
  });
  const words = figureLabels[tools.document.language];
  if (positions.convergence) blocks.push({ kind: "paragraph", text: words.convergence[positions.convergence.status] });
  blocks.push(...jointBlocks(positions.joint ?? [], tools));
  for (const group of positions.groups) {
    const heading = group.constituencies.length > 0 ? f.constituencies(group.constituencies) : labels.delegations;
    blocks.push({ kind: "heading", level: 3, text: heading });
    const items: ListEntry[] = group.statements.map((s) => {
      const stance = s.revised
        ? `${labels.stances[s.stance]}${labels.comma}${labels.revised}`
        : labels.stances[s.stance];
      return {
        label: s.delegation ? `${isolate(labels, s.delegation)} (${stance})` : `(${stance})`,
        text: s.statement || labels.noStatement,
        quoted: true,
      };
    });
    blocks.push({ kind: "list", ordered: false, items });
  }
  return blocks;
}

/** Who a party to a joint position is, as the mode allows: its name, else its constituencies. */
const partyName = (party: SummaryParty, { labels, f, document }: Tools) =>
  party.delegation
    ? isolate(labels, party.delegation)
    : party.constituencies.length > 0
      ? f.constituencies(party.constituencies)
      : figureLabels[document.language].aDelegation;

/** Positions published on behalf of a group: the group, the sponsor, who confirmed and who declined. */
function jointBlocks(joints: readonly SummaryJoint[], tools: Tools): Block[] {
  if (joints.length === 0) return [];
  const { labels } = tools;
  const words = figureLabels[tools.document.language];
  const blocks: Block[] = [{ kind: "heading", level: 3, text: words.joint }];
  for (const joint of joints) {
    const list = (parties: readonly SummaryParty[]) =>
      parties.map((party) => partyName(party, tools)).join(labels.comma) || labels.none;
    blocks.push(
      {
        kind: "paragraph",
        tone: "strong",
        quoted: true,
        text: fill(words.jointLine, {
          sponsor: partyName(joint.sponsor, tools),
          group: isolate(labels, joint.onBehalfOf || labels.none),
          stance: labels.stances[joint.stance],
        }),
      },
      ...(joint.statement ? [{ kind: "paragraph" as const, text: joint.statement, quoted: true }] : []),
      { kind: "paragraph", label: words.confirmedBy, text: list(joint.confirmed) },
      { kind: "paragraph", label: words.declinedBy, text: list(joint.declined) },
    );
    if (joint.pending > 0) {
      blocks.push({ kind: "paragraph", text: fill(words.pending, { count: tools.f.number(joint.pending) }) });
    }
  }
  return blocks;
}

/** A poll's label: "Yes" for yes/no/abstain keys, the chair's own words otherwise. */
export const optionLabel = (poll: SummaryPoll, option: string, labels: SummaryLabels) =>
  poll.kind === "yes_no_abstain" && (option === "yes" || option === "no" || option === "abstain")
    ? labels.yesNoAbstain[option]
    : option;

/** What a poll was on, when not its item: "On OP3", "On the proposal of France on OP3"… */
function subjectLine(poll: SummaryPoll, labels: SummaryLabels): string | null {
  const subject = poll.subject;
  switch (subject?.kind) {
    case undefined:
    case "item":
      return null;
    case "paragraph":
      return fill(labels.pollOnParagraph, { paragraph: subject.paragraph });
    case "proposal":
      if (subject.paragraph === null) return labels.pollOnNewParagraph;
      return subject.delegation === null
        ? fill(labels.pollOnProposalUnnamed, { paragraph: subject.paragraph })
        : fill(labels.pollOnProposal, {
            delegation: isolate(labels, subject.delegation),
            paragraph: subject.paragraph,
          });
    case "expectation":
      return fill(labels.pollOnExpectation, { scenario: isolate(labels, subject.scenario) });
  }
}

function pollBlocks(poll: SummaryPoll, { labels, f }: Tools): Block[] {
  const blocks: Block[] = [
    {
      kind: "paragraph",
      tone: "strong",
      quoted: true,
      text: fill(labels.pollLine, {
        kind: labels.pollKinds[poll.kind],
        secrecy: poll.secret ? labels.secret : labels.named,
        question: isolate(labels, poll.question),
      }),
    },
  ];
  const on = subjectLine(poll, labels);
  if (on) blocks.push({ kind: "paragraph", text: on });
  if (poll.status !== "closed") return [...blocks, { kind: "paragraph", text: labels.pollOpen }];
  // "Totals only" unless the secrecy floor allowed the breakdown, which the table then shows.
  if (poll.secret && !poll.byConstituency)
    blocks.push({ kind: "paragraph", tone: "notice", text: labels.secretNotice });
  // The board's hash binds the summary to the board anyone can download and verify.
  if (poll.boardHash) blocks.push({ kind: "paragraph", text: fill(labels.boardHash, { hash: poll.boardHash }) });
  if (poll.overall === null) return [...blocks, { kind: "paragraph", text: labels.withheld }];
  const scopes = poll.byConstituency ? votingConstituencies.filter((c) => poll.byConstituency?.[c] !== undefined) : [];
  blocks.push({
    kind: "table",
    header: [labels.option, labels.overall, ...scopes.map((c) => labels.constituencies[c])],
    rows: poll.options.map((option, index) => [
      optionLabel(poll, option, labels),
      f.number(poll.overall?.[index] ?? 0),
      ...scopes.map((c) => f.number(poll.byConstituency?.[c]?.[index] ?? 0)),
    ]),
    widths: [4, 2, ...scopes.map(() => 2)],
  });
  if (poll.turnout && poll.eligible) {
    blocks.push({
      kind: "paragraph",
      text: fill(f.plural(labels.turnoutLine, poll.eligible.overall), {
        turnout: f.number(poll.turnout.overall),
        eligible: f.number(poll.eligible.overall),
      }),
    });
  }
  if (poll.ballots && poll.ballots.length > 0) {
    const ballots = poll.ballots;
    blocks.push({ kind: "paragraph", tone: "strong", text: labels.ballots });
    blocks.push({
      kind: "list",
      ordered: false,
      items: poll.options.map((option) => ({
        label: optionLabel(poll, option, labels),
        text:
          ballots
            .filter((b) => b.choices.includes(option))
            .map((b) => b.delegation)
            .join(labels.comma) || labels.none,
      })),
    });
  }
  return blocks;
}

function consensusBlocks(item: SummaryItem, { labels, f }: Tools): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: labels.consensus }];
  for (const call of item.consensusCalls) {
    // A paragraph's silence procedure sits among the item's calls: say what each call was on.
    const label = `${labels.proposedText} (${labels.subjects[call.subject]})`;
    blocks.push({ kind: "paragraph", label, text: call.text, quoted: true });
    if (call.status === "open" || !call.outcome) {
      blocks.push({ kind: "paragraph", text: labels.callOpen });
      continue;
    }
    const closer = call.closedBy === "deadline" ? labels.closedByDeadline : labels.closedByChair;
    blocks.push({ kind: "paragraph", label: labels.outcome, text: `${labels.outcomes[call.outcome]} (${closer})` });
    if (call.standingObjections === 0) continue;
    blocks.push({
      kind: "paragraph",
      text: fill(f.plural(labels.objectionsLine, call.standingObjections), {
        count: f.number(call.standingObjections),
      }),
    });
    if (call.objections && call.objections.length > 0) {
      blocks.push({
        kind: "list",
        ordered: false,
        items: call.objections.map((o) => ({
          label: o.delegation
            ? isolate(labels, o.delegation)
            : o.constituencies
              ? f.constituencies(o.constituencies)
              : labels.delegation,
          text: o.reason ?? "",
          quoted: true,
        })),
      });
    }
  }
  return blocks;
}
