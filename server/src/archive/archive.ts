import { createHash } from "node:crypto";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { DomainError, notFound } from "../core/errors.js";
import type { Db, Executor } from "../db/database.js";
import { jsonRowSchema, rowsOf } from "../db/raw-rows.js";
import * as schema from "../db/schema.js";
import { citedHead, firstBreak, shortOf } from "../events/log-verification.js";

/** The format of an archive file; an import refuses any other. */
export const archiveFormat = "trilogue-archive-v1";

/**
 * One consultation as one JSON document, taken at one moment: every row that belongs to it (its
 * log with the chain's hashes, its checkpoint, its final summary, its poll boards, and the state
 * tables the log describes), so it can be verified on its own and imported into another Trilogue.
 * Bearer secrets stay behind: invitations, sessions, receipts of commands, mails, operator actions,
 * and the server trustee's secret share.
 */
export const archiveSchema = z.object({
  format: z.literal(archiveFormat),
  exportedAt: z.string(),
  consultationId: z.uuid(),
  /** How many migrations the source database had: an import needs the same schema. */
  migrations: z.number().int().min(0),
  /** The head of the log when the archive was taken, as the chain computes it. */
  head: z.object({ seq: z.number().int().min(0), hash: z.string().nullable() }),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Archive = z.infer<typeof archiveSchema>;

/** Tables that hold bearer secrets or server-side bookkeeping, never archived. */
const leftBehind = new Set([
  "invitations",
  "invitation_mails",
  "sessions",
  "command_receipts",
  "operator_actions",
  "operators",
  "operator_sessions",
  "settings",
]);

/** Columns blanked in the archive: the server trustee's share would open every sealed ballot. */
const blanked: Record<string, readonly string[]> = { poll_trustees: ["secret_share"] };

type ArchivedTable = { name: string; key: "id" | "consultation_id" | "poll_id"; blank: readonly string[] };

const rowSchema = z.object({ row: jsonRowSchema });
const countSchema = z.object({ n: z.number() });

/** Every table that belongs to a consultation, by how it belongs: its own row, its id, its polls'. */
export function archivedTables(): ArchivedTable[] {
  const tables: ArchivedTable[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    if (leftBehind.has(config.name)) continue;
    const columns = new Set(config.columns.map((column) => column.name));
    const key =
      config.name === "consultations"
        ? "id"
        : columns.has("consultation_id")
          ? "consultation_id"
          : columns.has("poll_id")
            ? "poll_id"
            : null;
    if (key) tables.push({ name: config.name, key, blank: blanked[config.name] ?? [] });
  }
  // Parents first, so an import could run with foreign keys on.
  const order = (table: ArchivedTable) => (table.key === "id" ? 0 : table.key === "consultation_id" ? 1 : 2);
  return tables.sort((a, b) => order(a) - order(b));
}

async function migrationCount(db: Executor): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return rowsOf(result, countSchema)[0]?.n ?? 0;
}

/** Reads one consultation's rows in one repeatable-read transaction: one moment of its record. */
export async function exportArchive(db: Db, consultationId: string): Promise<Archive> {
  return db.transaction(
    async (tx) => {
      const found = await tx.execute(sql`select 1 from consultations where id = ${consultationId}`);
      if (rowsOf(found, z.unknown()).length === 0)
        throw notFound("No such consultation.", { code: "consultation_not_found" });
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const { name, key, blank } of archivedTables()) {
        const table = sql.identifier(name);
        const where =
          key === "poll_id"
            ? sql`t.poll_id in (select id from polls where consultation_id = ${consultationId})`
            : sql`${sql.identifier("t")}.${sql.identifier(key)} = ${consultationId}`;
        // row_to_json keeps every type as PostgreSQL writes it; import reads it back the same way.
        const result = await tx.execute(sql`select row_to_json(t) as row from ${table} t where ${where}`);
        tables[name] = rowsOf(result, rowSchema).map(({ row: record }) => {
          for (const column of blank) if (column in record) record[column] = null;
          return record;
        });
      }
      const report = verifyArchive({
        format: archiveFormat,
        exportedAt: "",
        consultationId,
        migrations: 0,
        head: { seq: 0, hash: null },
        tables,
      });
      return {
        format: archiveFormat,
        exportedAt: new Date().toISOString(),
        consultationId,
        migrations: await migrationCount(tx),
        head: report.head,
        tables,
      };
    },
    { isolationLevel: "repeatable read" },
  );
}

/** What checking an archive on its own found. */
export type ArchiveReport = {
  consultationId: string;
  intact: boolean;
  events: number;
  head: { seq: number; hash: string | null };
  firstBrokenSeq: number | null;
  reason: string | null;
};

const text = (value: unknown) => (typeof value === "string" ? value : null);
const integer = (value: unknown) => (typeof value === "number" ? value : Number(value));

/**
 * Checks an archive without any database: every event's hash recomputed along the chain, the
 * sequence gap-free up to the consultation's last seq, the log reaching the checkpoint and the head
 * the final summary cites with the same hashes, the head the archive names, and the final summary's
 * digest. A tampered event is named by its seq.
 */
export function verifyArchive(archive: Archive): ArchiveReport {
  const { consultationId } = archive;
  const consultation = archive.tables.consultations?.[0];
  const rows = (archive.tables.consultation_events ?? [])
    .map((row) => ({
      consultationId,
      seq: integer(row.seq),
      type: String(row.type),
      actorId: text(row.actor_id),
      at: new Date(String(row.created_at)),
      payload: row.payload,
      prevHash: text(row.prev_hash),
      hash: text(row.hash),
    }))
    .sort((a, b) => a.seq - b.seq);
  const lastSeq = consultation ? integer(consultation.last_seq) : 0;
  const checkpointRow = archive.tables.log_checkpoints?.[0];
  const checkpoint = checkpointRow ? { seq: integer(checkpointRow.seq), hash: String(checkpointRow.hash) } : null;
  const summaryRow = archive.tables.summaries?.[0];
  const summary = summaryRow
    ? {
        status: String(summaryRow.status),
        coveredSeq: summaryRow.covered_seq === null ? null : integer(summaryRow.covered_seq),
        document: text(summaryRow.document),
      }
    : null;
  const head = { seq: lastSeq, hash: rows.find((row) => row.seq === lastSeq)?.hash ?? null };
  const chained = checkpoint !== null || rows.some((row) => row.hash !== null);
  let broken = !consultation
    ? { seq: 0, reason: `the archive holds no consultation ${consultationId}` }
    : (firstBreak(rows, lastSeq, chained) ??
      shortOf(rows, checkpoint, "the checkpoint") ??
      shortOf(rows, citedHead(summary), "the final summary"));
  if (!broken && archive.head.hash !== null && (archive.head.seq !== head.seq || archive.head.hash !== head.hash)) {
    broken = {
      seq: head.seq,
      reason: `the archive names head ${archive.head.seq} ${archive.head.hash}, its log ends elsewhere`,
    };
  }
  if (!broken && summary?.status === "final" && summary.document !== null) {
    const digest = createHash("sha256").update(summary.document, "utf8").digest("hex");
    if (digest !== summaryRow?.digest)
      broken = { seq: summary.coveredSeq ?? 0, reason: "the final summary does not match its digest" };
  }
  return {
    consultationId,
    intact: broken === null,
    events: rows.length,
    head,
    firstBrokenSeq: broken?.seq ?? null,
    reason: broken?.reason ?? null,
  };
}

/** The error an import answers for an archive that does not verify, naming the first bad event. */
export function archiveBrokenError(report: ArchiveReport): DomainError {
  return new DomainError(
    "CONFLICT",
    `The archive of consultation ${report.consultationId} does not verify at event ${report.firstBrokenSeq}: ${report.reason}.`,
  );
}

/**
 * Imports an archive into another Trilogue, in one transaction: refused unless it verifies on its
 * own, unless the schema matches, and when the consultation is already there. The rows go in as
 * they were, hashes included (foreign keys and the log's guards set aside for the copy, which needs
 * the database owner's rights); verify the log there afterwards (`pnpm archive import` does).
 */
export async function importArchive(db: Db, archive: Archive): Promise<{ rows: number; report: ArchiveReport }> {
  const report = verifyArchive(archive);
  if (!report.intact) throw archiveBrokenError(report);
  const here = await migrationCount(db);
  if (archive.migrations !== here) {
    throw new DomainError(
      "CONFLICT",
      `The archive was taken at migration ${archive.migrations}, this database is at ${here}: import with the matching Trilogue version.`,
    );
  }
  const known = new Map(archivedTables().map((table) => [table.name, table]));
  const unknown = Object.keys(archive.tables).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DomainError("VALIDATION", `The archive has unknown tables: ${unknown.join(", ")}.`);
  return db.transaction(async (tx) => {
    const existing = await tx.execute(sql`select 1 from consultations where id = ${archive.consultationId}`);
    if (rowsOf(existing, z.unknown()).length > 0) {
      throw new DomainError("CONFLICT", `This Trilogue already holds consultation ${archive.consultationId}.`);
    }
    await tx.execute(sql`set local session_replication_role = replica`);
    let rows = 0;
    for (const { name } of archivedTables()) {
      const list = archive.tables[name] ?? [];
      if (list.length === 0) continue;
      const table = sql.identifier(name);
      await tx.execute(
        sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${JSON.stringify(list)}::json)`,
      );
      rows += list.length;
    }
    return { rows, report };
  });
}
