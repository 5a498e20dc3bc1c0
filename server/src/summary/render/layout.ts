import { decisionRuleTexts, headFingerprint } from "@trilogue/shared";
import type { SummaryDocument } from "../build/document.js";
import { fill, type SummaryLabels, summaryLabels } from "../labels/index.js";
import type { Block, LayoutOptions, ListEntry } from "./blocks.js";
import { type Formatter, formatter } from "./format.js";
import { draftBlocks } from "./layout-drafts.js";
import { isolate, itemBlocks, paragraphs } from "./layout-items.js";
import { coverLetterBlocks } from "./layout-letter.js";
import { sentenceCase } from "./un-style.js";

type Tools = { labels: SummaryLabels; f: Formatter; document: SummaryDocument };

/** The whole summary as blocks, in the document's working language. Pure. */
export function summaryBlocks(document: SummaryDocument, options: LayoutOptions): Block[] {
  const labels = summaryLabels[document.language];
  const tools: Tools = { labels, f: formatter(document.language, labels), document };
  return [
    ...(options.coverLetter ? coverLetterBlocks(tools) : []),
    ...headerBlocks(tools),
    ...attendanceBlocks(tools),
    ...document.items.flatMap((item) => itemBlocks(item, tools)),
    ...draftBlocks(tools),
    ...expectationBlocks(tools),
    ...speakerBlocks(tools),
    ...followUpBlocks(tools),
    ...integrityBlocks(tools, options),
  ];
}

function headerBlocks({ labels, f, document }: Tools): Block[] {
  const meta: ListEntry[] = [{ label: labels.date, text: f.date(document.date) }];
  if (document.missionContext) meta.push({ label: labels.missionContext, text: document.missionContext, quoted: true });
  if (document.chair) meta.push({ label: labels.chair, text: document.chair, quoted: true });
  meta.push({
    label: labels.confidentiality,
    text: fill(labels.modeNotice[document.confidentiality], labels.redacted),
  });
  if (document.decisionRule) {
    const rule = decisionRuleTexts[document.language];
    meta.push({ label: rule.label, text: `${rule.rules[document.decisionRule]} ${rule.notice}` });
  }
  const blocks: Block[] = [
    { kind: "title", text: labels.documentTitle },
    { kind: "subtitle", text: document.title },
    { kind: "list", ordered: false, items: meta },
    {
      kind: "paragraph",
      tone: "notice",
      text:
        document.status === "final" && document.finalisedAt
          ? fill(labels.finalNotice, { date: f.date(document.finalisedAt.slice(0, 10)) })
          : labels.draftNotice,
    },
  ];
  if (document.overview)
    blocks.push({ kind: "heading", level: 1, text: labels.overview }, ...paragraphs(document.overview));
  return blocks;
}

function attendanceBlocks({ labels, f, document }: Tools): Block[] {
  const { attendance } = document;
  const named = attendance.byConstituency.some((row) => row.delegations !== null);
  return [
    { kind: "heading", level: 1, text: labels.attendance },
    {
      kind: "paragraph",
      text: fill(f.plural(labels.attendanceLine, attendance.registered), {
        present: f.number(attendance.present),
        registered: f.number(attendance.registered),
      }),
    },
    {
      kind: "table",
      header: [labels.constituency, labels.present, labels.registered, ...(named ? [labels.delegations] : [])],
      rows: attendance.byConstituency.map((row) => [
        labels.constituencies[row.constituency],
        f.number(row.present),
        f.number(row.registered),
        ...(named ? [(row.delegations ?? []).join(labels.comma)] : []),
      ]),
      widths: named ? [3, 2, 2, 8] : [4, 2, 2],
    },
  ];
}

function expectationBlocks({ labels, f, document }: Tools): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: labels.expectations }];
  if (document.expectations.length === 0) return [...blocks, { kind: "paragraph", text: labels.noExpectations }];
  blocks.push({
    kind: "table",
    header: ["#", labels.scenario, labels.threatActor, labels.forceLevel, labels.status, labels.reservations],
    rows: document.expectations.map((e) => [
      f.number(e.number),
      e.scenario,
      labels.threatActors[e.threatActor],
      labels.forceLevels[e.highestForceLevel],
      labels.expectationStatuses[e.status],
      f.number(e.records.length),
    ]),
    widths: [1, 6, 3, 4, 3, 2],
  });
  for (const e of document.expectations) {
    // The standard conditions are clauses of one sentence; the drafters' own notes keep their casing
    // in an entry of their own rather than being joined after a comma ("..., In accordance with").
    const conditions = [
      ...(e.conditions.imminentThreat ? [labels.imminentThreat] : []),
      ...(e.conditions.withinCapabilitiesAndAreasOfDeployment ? [labels.withinCapabilities] : []),
    ];
    const actors = (["council", "tpccs", "secretariat", "host_state", "mission"] as const).filter(
      (actor) => e.responsibilities[actor] !== "",
    );
    blocks.push(
      { kind: "heading", level: 2, text: `${f.number(e.number)}. ${isolate(labels, e.scenario)}` },
      {
        kind: "list",
        ordered: false,
        items: [
          { label: labels.threatActor, text: labels.threatActors[e.threatActor] },
          {
            label: labels.response,
            text: [
              ...e.tiers.map((t) => labels.tiers[t]),
              e.phases.map((p) => labels.phases[p]).join(labels.comma),
            ].join(labels.comma),
          },
          { label: labels.forceLevel, text: labels.forceLevels[e.highestForceLevel] },
          ...(conditions.length > 0
            ? [{ label: labels.conditions, text: sentenceCase(conditions.join(labels.comma), document.language) }]
            : []),
          ...(e.conditions.notes ? [{ label: labels.conditionNotes, text: e.conditions.notes }] : []),
          {
            label: labels.status,
            text: `${labels.expectationStatuses[e.status]} (${fill(labels.version, { version: f.number(e.version) })})`,
          },
        ],
      },
    );
    if (actors.length > 0) {
      blocks.push(
        { kind: "paragraph", tone: "strong", text: labels.responsibilities },
        {
          kind: "list",
          ordered: false,
          items: actors.map((actor) => ({
            label: labels.responsibleActors[actor],
            text: e.responsibilities[actor],
            quoted: true,
          })),
        },
      );
    }
    blocks.push(
      {
        kind: "paragraph",
        text: fill(f.plural(labels.recordsLine, e.accepted), {
          accepted: f.number(e.accepted),
          pending: f.number(e.pending),
        }),
      },
      { kind: "paragraph", tone: "strong", text: labels.reservations },
    );
    blocks.push(
      e.records.length === 0
        ? { kind: "paragraph", text: labels.noReservations }
        : {
            kind: "list",
            ordered: false,
            items: e.records.map((r) => {
              const who = r.delegation
                ? isolate(labels, r.delegation)
                : r.constituencies
                  ? f.constituencies(r.constituencies)
                  : labels.unattributed;
              return { label: `${who} (${labels.acceptanceKinds[r.kind]})`, text: r.caveat ?? "", quoted: true };
            }),
          },
    );
  }
  return blocks;
}

function speakerBlocks({ labels, f, document }: Tools): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: labels.speakers }];
  if (document.speakers.length === 0) return [...blocks, { kind: "paragraph", text: labels.none }];
  for (const record of document.speakers) {
    const item = document.items.find((i) => i.number === record.itemNumber);
    blocks.push({
      kind: "heading",
      level: 2,
      text: fill(labels.agendaItem, { number: f.number(record.itemNumber), title: isolate(labels, item?.title ?? "") }),
    });
    if (record.record) {
      blocks.push({
        kind: "table",
        header: ["#", labels.delegation, labels.kind, labels.grantedAt, labels.duration],
        rows: record.record.map((turn, index) => [
          f.number(index + 1),
          turn.delegation,
          labels.floorKinds[turn.kind],
          f.time(turn.grantedAt),
          f.duration(turn.seconds),
        ]),
        widths: [1, 6, 3, 3, 2],
      });
    } else if (record.byConstituency) {
      blocks.push({
        kind: "table",
        header: [labels.constituency, labels.turns, labels.duration],
        rows: record.byConstituency.map((row) => [
          labels.constituencies[row.constituency],
          f.number(row.turns),
          f.duration(row.seconds),
        ]),
        widths: [4, 2, 2],
      });
    }
    blocks.push({
      kind: "paragraph",
      text: fill(f.plural(labels.totalLine, record.turns), {
        turns: f.number(record.turns),
        duration: f.duration(record.seconds),
      }),
    });
  }
  return blocks;
}

function followUpBlocks({ labels, document }: Tools): Block[] {
  return [
    { kind: "heading", level: 1, text: labels.followUp },
    document.followUp.length === 0
      ? { kind: "paragraph", text: labels.none }
      : {
          kind: "list",
          ordered: true,
          items: document.followUp.map((entry) => ({
            text: entry.responsible
              ? `${entry.action} (${labels.responsible}${labels.colon}${isolate(labels, entry.responsible)})`
              : entry.action,
            quoted: true,
          })),
        },
  ];
}

function integrityBlocks({ labels, f, document }: Tools, options: LayoutOptions): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: labels.integrity }];
  const seq = f.number(document.coveredSeq);
  if (document.status !== "final" || !options.digest) {
    return [...blocks, { kind: "paragraph", text: fill(labels.draftIntegrity, { seq }) }];
  }
  blocks.push(
    { kind: "paragraph", text: fill(labels.digestLine, { digest: options.digest }) },
    { kind: "paragraph", text: fill(labels.coveredLine, { seq }) },
  );
  if (document.coveredHash) {
    blocks.push(
      { kind: "paragraph", text: fill(labels.hashLine, { seq, hash: document.coveredHash }) },
      { kind: "paragraph", text: fill(labels.fingerprintLine, { fingerprint: headFingerprint(document.coveredHash) }) },
    );
  }
  if (options.verifyUrl) blocks.push({ kind: "paragraph", text: fill(labels.verifyLine, { url: options.verifyUrl }) });
  return blocks;
}
