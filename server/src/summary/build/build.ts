import type { Confidentiality, Snapshot, SummaryNarrative } from "@trilogue/shared";
import { compareInstants } from "@trilogue/shared";
import { stricterMode } from "./attribution.js";
import { buildContext } from "./context.js";
import { type SummaryDocument, summarySchemaVersion } from "./document.js";
import { asDocumentDrafts } from "./drafts.js";
import { draftForSummary } from "./drafts-for-summary.js";
import { buildExpectations } from "./expectations.js";
import { buildItems } from "./items.js";
import { buildAttendance, buildSpeakers } from "./people.js";

export type BuildSummaryInput = {
  /** The consultation's state at the sequence number the summary covers. */
  snapshot: Snapshot;
  narrative: SummaryNarrative;
  /** A stricter mode than the consultation's, if wanted; a laxer one is ignored. */
  mode?: Confidentiality;
  status: "draft" | "final";
  /** When the summary is made (turns still running are counted up to it). */
  generatedAt: Date;
  finalisedAt?: Date | null;
};

/**
 * Builds the chair's summary from a consultation's state and the secretary's narrative. Pure. The
 * confidentiality mode is applied here, once: on the record names delegations; Chatham House names
 * constituencies only and strikes known names from free text; closed carries outcomes only.
 */
export function buildSummary(input: BuildSummaryInput): SummaryDocument {
  const { snapshot, narrative } = input;
  const mode = stricterMode(snapshot.consultation.confidentiality, input.mode ?? "on_record");
  const ctx = buildContext(snapshot, mode, input.generatedAt);
  const drafts = asDocumentDrafts(draftForSummary(snapshot, mode));
  const chair = [...snapshot.participants]
    .filter((p) => p.role === "chair")
    .sort((a, b) => compareInstants(a.joinedAt, b.joinedAt))[0];
  return {
    schemaVersion: summarySchemaVersion,
    status: input.status,
    consultationId: snapshot.consultation.id,
    title: ctx.text(snapshot.consultation.title),
    date: snapshot.consultation.date,
    missionContext: ctx.text(snapshot.consultation.missionContext),
    // The chair signs the summary in every mode: issuing it is not a statement made in the room.
    chair: chair?.displayName ?? null,
    language: snapshot.consultation.workingLanguage,
    confidentiality: mode,
    coveredSeq: snapshot.seq,
    generatedAt: input.generatedAt.toISOString(),
    finalisedAt: input.finalisedAt ? input.finalisedAt.toISOString() : null,
    overview: ctx.text(narrative.overview),
    attendance: buildAttendance(ctx),
    items: buildItems(ctx, narrative),
    expectations: buildExpectations(ctx),
    speakers: buildSpeakers(ctx),
    followUp: narrative.followUp.map((entry) => ({
      action: ctx.text(entry.action),
      // Assigning an action is not attributing a statement: its owner is named in every mode.
      responsible: entry.responsible.trim(),
    })),
    // Only when the consultation has one (its log may predate decision rules).
    ...(snapshot.consultation.decisionRule ? { decisionRule: snapshot.consultation.decisionRule } : {}),
    // Only when there is a draft: a summary without drafts keeps the shape (and digest) it had.
    ...(drafts.length > 0 ? { drafts } : {}),
  };
}
