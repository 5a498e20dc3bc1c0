import { randomUUID } from "node:crypto";
import type { Paragraph, ParagraphKind, ParagraphState, ParagraphVersion } from "@trilogue/shared";
import { limits, orderParagraphs } from "@trilogue/shared";
import { getCall } from "../consensus/consensus.repository.js";
import { conflict } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentParagraph, presentParagraphVersion } from "./drafting.presenter.js";
import {
  type DraftRow,
  getParagraph,
  insertParagraph,
  insertParagraphVersion,
  type ParagraphRow,
  paragraphsOf,
  placeAll,
  updateParagraph,
} from "./drafting.repository.js";
import { assertOutline } from "./drafting.rules.js";

/** Who made a version: a person (or the close of a silence procedure), for which delegation, why. */
export type VersionAuthor = {
  authorId: string | null;
  authorDelegationId: string | null;
  proposalId: string | null;
  callId: string | null;
  note: string;
};

/** Whether the paragraph's silence procedure is still open. */
export async function isUnderSilence(uow: UnitOfWork, row: Pick<ParagraphRow, "silenceCallId">): Promise<boolean> {
  if (!row.silenceCallId) return false;
  return (await getCall(uow.tx, uow.consultation.id, row.silenceCallId)).status === "open";
}

/** Writes the paragraph's next version (text and state), kept for good with its author. */
export async function writeVersion(
  uow: UnitOfWork,
  row: ParagraphRow,
  next: { text: string; state: ParagraphState },
  author: VersionAuthor,
): Promise<{ paragraph: Paragraph; version: ParagraphVersion }> {
  const version = row.version + 1;
  const versionRow = await insertParagraphVersion(uow.tx, {
    id: randomUUID(),
    consultationId: row.consultationId,
    paragraphId: row.id,
    draftId: row.draftId,
    version,
    text: next.text,
    state: next.state,
    ...author,
    createdAt: uow.now,
  });
  const updated = await updateParagraph(uow.tx, row.id, { ...next, version, updatedAt: uow.now });
  return { paragraph: presentParagraph(updated), version: presentParagraphVersion(versionRow) };
}

/**
 * Adds a bracketed paragraph to a draft at a level of the outline: after the paragraph named (of
 * the same kind; after its own sub-paragraphs when the new one is not deeper than they are), or at
 * the end of its kind; later paragraphs move down. Returns it, its first version and those moved.
 */
export async function placeParagraph(
  uow: UnitOfWork,
  draft: DraftRow,
  input: {
    kind: ParagraphKind;
    level?: number;
    text: string;
    afterParagraphId: string | null;
    sponsorDelegationId: string | null;
  },
  author: VersionAuthor & { authorId: string },
): Promise<{ paragraph: Paragraph; version: ParagraphVersion; moved: Paragraph[] }> {
  const rows = await paragraphsOf(uow.tx, draft.id);
  if (rows.length >= limits.paragraphsPerDraft) {
    throw conflict(`A draft holds at most ${limits.paragraphsPerDraft} paragraphs.`, {
      code: "draft_paragraphs_full",
      params: { max: limits.paragraphsPerDraft },
    });
  }
  const level = input.level ?? 0;
  const ordered = orderParagraphs(rows);
  let at: number;
  if (input.afterParagraphId) {
    const after = await getParagraph(uow.tx, uow.consultation.id, input.afterParagraphId);
    if (after.draftId !== draft.id)
      throw conflict("That paragraph belongs to another draft.", { code: "paragraph_other_draft" });
    if (after.kind !== input.kind)
      throw conflict("A paragraph follows one of its own kind (preambular or operative).", {
        code: "paragraph_kind_mismatch",
      });
    at = ordered.findIndex((p) => p.id === after.id) + 1;
    while (ordered[at]?.kind === input.kind && (ordered[at]?.level ?? 0) > level) at += 1;
  } else {
    const last = ordered.map((p) => p.kind).lastIndexOf(input.kind);
    at = last !== -1 ? last + 1 : input.kind === "preambular" ? 0 : ordered.length;
  }
  const id = randomUUID();
  const fresh = { id, kind: input.kind, level, position: 0 };
  const order = [...ordered.slice(0, at), fresh, ...ordered.slice(at)].map((p, position) => ({
    id: p.id,
    kind: p.kind,
    level: p.level,
    position,
  }));
  assertOutline(order);
  const moved = await placeAll(uow.tx, rows, order, uow.now);
  const row = await insertParagraph(uow.tx, {
    id,
    consultationId: uow.consultation.id,
    draftId: draft.id,
    kind: input.kind,
    position: order.find((p) => p.id === id)?.position ?? 0,
    level,
    text: input.text,
    state: "bracketed",
    version: 1,
    sponsorDelegationId: input.sponsorDelegationId,
    silenceCallId: null,
    createdBy: author.authorId,
    createdAt: uow.now,
    updatedAt: uow.now,
    deletedAt: null,
    deletedBy: null,
    deletionNote: null,
    deletedLabel: null,
  });
  const versionRow = await insertParagraphVersion(uow.tx, {
    id: randomUUID(),
    consultationId: uow.consultation.id,
    paragraphId: row.id,
    draftId: draft.id,
    version: 1,
    text: row.text,
    state: "bracketed",
    ...author,
    createdAt: uow.now,
  });
  return {
    paragraph: presentParagraph(row),
    version: presentParagraphVersion(versionRow),
    moved: moved.map(presentParagraph),
  };
}
