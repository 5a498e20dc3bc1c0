import type { AcceptanceKind, ExpectationStatus } from "../decisions/enums.js";
import type { ExpectationFields } from "../decisions/expectations.js";
import type { Confidentiality } from "../domain/enums.js";
import { redline } from "../drafting/redline.js";
import { expectationText } from "./expectation-text.js";
import type {
  ExpectationsRegister,
  Mission,
  RegisterAcceptance,
  RegisterEntry,
  RegisterExpectation,
} from "./schemas.js";

/** What the register is derived from: the mission's consultations and their expectations. */
export type RegisterSources = {
  mission: Mission;
  consultations: readonly { id: string; title: string; date: string; confidentiality: Confidentiality }[];
  /** Every expectation of the mission's consultations that belongs to a lineage. */
  expectations: readonly {
    id: string;
    consultationId: string;
    lineageId: string;
    version: number;
    fields: ExpectationFields;
    status: ExpectationStatus;
  }[];
  /** T/PCC records, named by delegation (delegations are registered anew in each consultation). */
  acceptances: readonly {
    expectationId: string;
    version: number;
    delegationName: string;
    kind: AcceptanceKind;
    caveat: string | null;
    recordedAt: string;
  }[];
  /** The Secretariat's implementation notes, by lineage. */
  notes?: readonly { lineageId: string; text: string; authorName: string; writtenAt: string }[];
  ends: readonly {
    lineageId: string;
    kind: "withdrawn" | "superseded";
    supersededBy: string | null;
    consultationId: string | null;
    note: string;
    endedAt: string;
  }[];
};

const agreed = (status: ExpectationStatus) => status === "agreed" || status === "agreed_with_reservations";
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The mission's expectations register, pure: for each standing expectation (a lineage carried from
 * consultation to consultation), its history in consultation order (adopted the first time it is
 * agreed, then reaffirmed when agreed unchanged or revised with the redline from the text last
 * agreed; withdrawn or superseded when ended), and each T/PCC's latest record on it. A record is
 * stale when older than `staleAfterDays`, or made before the expectation's latest agreement (the
 * contingent has not confirmed the text as it now stands).
 */
export function buildRegister(
  sources: RegisterSources,
  options: { now: Date; staleAfterDays: number },
): ExpectationsRegister {
  const consultations = [...sources.consultations].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const order = new Map(consultations.map((c, index) => [c.id, index]));
  const byId = new Map(consultations.map((c) => [c.id, c]));
  const lineages = new Map<string, RegisterSources["expectations"][number][]>();
  for (const expectation of sources.expectations) {
    if (!order.has(expectation.consultationId)) continue;
    const list = lineages.get(expectation.lineageId) ?? [];
    list.push(expectation);
    lineages.set(expectation.lineageId, list);
  }
  const expectations: RegisterExpectation[] = [];
  for (const [lineageId, members] of lineages) {
    members.sort((a, b) => (order.get(a.consultationId) ?? 0) - (order.get(b.consultationId) ?? 0));
    const history: RegisterEntry[] = [];
    let lastText: string | null = null;
    let lastFields: ExpectationFields | null = null;
    let latestAgreement = -1;
    for (const member of members) {
      if (!agreed(member.status)) continue;
      const consultation = byId.get(member.consultationId);
      if (!consultation) continue;
      const text = expectationText(member.fields);
      const kind = lastText === null ? "adopted" : lastText === text ? "reaffirmed" : "revised";
      history.push({
        kind,
        consultationId: consultation.id,
        consultationTitle: consultation.title,
        date: consultation.date,
        text,
        redline: kind === "revised" && lastText !== null ? redline(lastText, text) : null,
        supersededBy: null,
        note: "",
      });
      lastText = text;
      lastFields = member.fields;
      latestAgreement = order.get(consultation.id) ?? -1;
    }
    if (!lastFields || lastText === null) continue;
    const end = sources.ends.find((e) => e.lineageId === lineageId);
    if (end) {
      const consultation = end.consultationId ? byId.get(end.consultationId) : undefined;
      history.push({
        kind: end.kind,
        consultationId: consultation?.id ?? null,
        consultationTitle: consultation?.title ?? "",
        date: consultation?.date ?? end.endedAt.slice(0, 10),
        text: null,
        redline: null,
        supersededBy: end.supersededBy,
        note: end.note,
      });
    }
    expectations.push({
      lineageId,
      standing: end ? end.kind : "standing",
      fields: lastFields,
      text: lastText,
      history,
      acceptances: latestRecords(sources, members, byId, order, latestAgreement, options),
      implementationNotes: (sources.notes ?? [])
        .filter((note) => note.lineageId === lineageId)
        .map(({ text: noteText, authorName, writtenAt }) => ({ text: noteText, authorName, writtenAt }))
        .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt)),
    });
  }
  expectations.sort(
    (a, b) =>
      (a.history[0]?.date ?? "").localeCompare(b.history[0]?.date ?? "") || a.lineageId.localeCompare(b.lineageId),
  );
  return {
    mission: sources.mission,
    generatedAt: options.now.toISOString(),
    staleAfterDays: options.staleAfterDays,
    consultations: consultations.map(({ id, title, date }) => ({ id, title, date })),
    expectations,
  };
}

function latestRecords(
  sources: RegisterSources,
  members: RegisterSources["expectations"],
  byId: Map<string, RegisterSources["consultations"][number]>,
  order: Map<string, number>,
  latestAgreement: number,
  options: { now: Date; staleAfterDays: number },
): RegisterAcceptance[] {
  const memberOf = new Map(members.filter((m) => agreed(m.status)).map((m) => [m.id, m]));
  const latest = new Map<string, { record: RegisterSources["acceptances"][number]; rank: number }>();
  for (const record of sources.acceptances) {
    const member = memberOf.get(record.expectationId);
    if (!member || member.version !== record.version) continue;
    const rank = order.get(member.consultationId) ?? -1;
    const held = latest.get(record.delegationName);
    if (!held || rank > held.rank || (rank === held.rank && record.recordedAt > held.record.recordedAt)) {
      latest.set(record.delegationName, { record, rank });
    }
  }
  return [...latest.values()]
    .map(({ record, rank }) => {
      const memberId = memberOf.get(record.expectationId)?.consultationId;
      const consultation = memberId === undefined ? undefined : byId.get(memberId);
      const tooOld = options.now.getTime() - new Date(record.recordedAt).getTime() > options.staleAfterDays * dayMs;
      const staleReason = tooOld ? "older_than_limit" : rank < latestAgreement ? "before_latest_agreement" : null;
      return {
        // A record made under Chatham House or in a closed consultation names no delegation.
        delegationName: consultation?.confidentiality === "on_record" ? record.delegationName : null,
        kind: record.kind,
        caveat: record.caveat,
        // The record's consultation, or "" (none) when the register no longer holds it.
        consultationId: consultation ? consultation.id : "",
        consultationTitle: consultation?.title ?? "",
        confirmedAt: new Date(record.recordedAt).toISOString(),
        stale: staleReason !== null,
        staleReason,
      } satisfies RegisterAcceptance;
    })
    .sort((a, b) => (a.delegationName ?? "").localeCompare(b.delegationName ?? "") || a.kind.localeCompare(b.kind));
}
