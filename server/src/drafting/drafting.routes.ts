import { byTime, draftingApi, numberParagraphs, orderParagraphs } from "@trilogue/shared";
import { and, eq, isNotNull } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { paragraphs, paragraphVersions } from "../db/schema.js";
import { serve } from "../http/serve.js";
import { type DraftExport, renderDraftDocx } from "./draft-docx.js";
import { getDraft, paragraphsOf } from "./drafting.repository.js";

/** Everything the export writes of one draft: its paragraphs in UN order and its deletions. */
async function loadDraftExport(db: Db, consultationId: string, draftId: string): Promise<DraftExport> {
  const draft = await getDraft(db, consultationId, draftId);
  const live = orderParagraphs(await paragraphsOf(db, draft.id));
  const numbers = numberParagraphs(live);
  const tabled = await db
    .select({ paragraphId: paragraphVersions.paragraphId, text: paragraphVersions.text })
    .from(paragraphVersions)
    .where(and(eq(paragraphVersions.draftId, draft.id), eq(paragraphVersions.version, 1)));
  const firstText = new Map(tabled.map((v) => [v.paragraphId, v.text]));
  const deleted = await db
    .select()
    .from(paragraphs)
    .where(and(eq(paragraphs.draftId, draft.id), isNotNull(paragraphs.deletedAt)));
  return {
    title: draft.title,
    paragraphs: live.map((p) => ({
      kind: p.kind,
      level: numbers.get(p.id)?.level ?? 0,
      mark: numbers.get(p.id)?.mark ?? "",
      tabled: firstText.get(p.id) ?? p.text,
      text: p.text,
      changedAt: p.updatedAt.toISOString(),
    })),
    deletions: deleted.sort(byTime((p) => p.deletedAt)).map((p) => ({
      label: p.deletedLabel ?? "",
      text: p.text,
      deletedAt: (p.deletedAt ?? p.updatedAt).toISOString(),
    })),
  };
}

/**
 * A draft as a Word document, clean or with its changes tracked. Every participant of the
 * consultation reads its drafts live, so every participant may export them.
 */
export const draftingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, draftingApi.docx, async (request, reply, me) => {
    const draft = await loadDraftExport(db, me.consultationId, request.params.draftId);
    const body = await renderDraftDocx(draft, request.params.form);
    const name = `${draft.title.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "draft"} (${request.params.form}).docx`;
    return reply
      .header("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
      .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header("cache-control", "no-store")
      .send(body);
  });
};
