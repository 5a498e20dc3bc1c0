import { type Me, summaryApi as routes, whoMayRead } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { headOfLog } from "../events/event-log.repository.js";
import { serve } from "../http/serve.js";
import { canonicalJson } from "./build/canonical.js";
import { summaryDocumentSchema } from "./build/document.js";
import { createExportCache } from "./export-cache.js";
import { presentSummaryState } from "./summary.presenter.js";
import { findFinalByDigest, findSummary } from "./summary.repository.js";
import { currentSummary, sha256 } from "./summary.service.js";

/**
 * Anyone may post a summary file to check it, so the limit is the largest real one with room to
 * spare: 200 delegations on five items with three polls make 0.37 MB of canonical JSON
 * (measured in export-cache.test.ts); a long consultation some times that. 1 MiB, not 20.
 */
export const verifyBodyLimit = 1024 * 1024;
const verifyRateLimit = { max: 60, timeWindow: "1 minute" };

/**
 * The summary over HTTP: its state, its exports, and the check of a final summary's digest.
 * Chair and secretary read and export the draft; once final, every participant may export it.
 * The check is public: whoever holds the document may verify it, and learns nothing more.
 */
export const summaryRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (app, { db, publicUrl }) => {
  const renderCached = createExportCache();
  const verifyUrl = (id: string, digest: string) =>
    `${publicUrl}/api/consultations/${id}/summary/verify?digest=${digest}`;

  serve(app, db, routes.state, async (_request, reply, me) => {
    reply.header("cache-control", "no-store");
    return summaryStateNow(db, me);
  });

  serve(app, db, routes.verifyDigest, async (request) => verification(db, request.params.id, request.query.digest), {
    config: { rateLimit: verifyRateLimit },
  });

  serve(
    app,
    db,
    routes.verifyFile,
    async (request) => {
      // The digest is of the canonical text, so spacing or key order in the file does not matter.
      const parsed = summaryDocumentSchema.safeParse(request.body);
      if (!parsed.success)
        throw new DomainError("VALIDATION", "This is not a Trilogue summary in JSON.", undefined, {
          code: "summary_not_json",
        });
      return verification(db, request.params.id, sha256(canonicalJson(request.body)));
    },
    { bodyLimit: verifyBodyLimit, config: { rateLimit: verifyRateLimit } },
  );

  serve(app, db, routes.export, async (request, reply, me) => {
    const stored = await findSummary(db, me.consultationId);
    if (stored.status !== "final" && !whoMayRead.summaryDraft(me)) {
      throw new DomainError(
        "FORBIDDEN",
        "The summary is not final yet: only the chair and the secretary see the draft.",
        undefined,
        { code: "summary_not_final" },
      );
    }
    const { document, digest } = await currentSummary(db, me.consultationId);
    const rendered = await renderCached(document, request.params.format, {
      digest,
      verifyUrl: digest ? verifyUrl(document.consultationId, digest) : null,
      coverLetter: request.query.cover === "letter",
    });
    return reply
      .header("content-type", rendered.contentType)
      .header("content-disposition", `attachment; filename="${rendered.fileName}"`)
      .header("cache-control", document.status === "final" ? "private, max-age=300" : "no-store")
      .header("x-summary-status", document.status)
      .header("x-summary-covered-seq", String(document.coveredSeq))
      .send(rendered.body);
  });
};

/**
 * The summary row and the log's head read at one moment (a repeatable-read transaction; the edit
 * that changes the row appends its event in the same transaction), so the answer's `seq` says
 * exactly which events it reflects.
 */
function summaryStateNow(db: Db, me: Me) {
  return db.transaction(
    async (tx) => {
      const stored = await findSummary(tx, me.consultationId);
      const head = await headOfLog(tx, me.consultationId);
      return presentSummaryState(stored, me, head.seq);
    },
    { isolationLevel: "repeatable read" },
  );
}

async function verification(db: Db, consultationId: string, digest: string) {
  const found = await findFinalByDigest(db, consultationId, digest);
  return {
    valid: found !== null,
    digest,
    coveredSeq: found?.coveredSeq ?? null,
    finalisedAt: found?.finalisedAt?.toISOString() ?? null,
  };
}
