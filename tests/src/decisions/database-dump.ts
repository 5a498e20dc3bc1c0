import type { TestServer } from "../support/server.js";

type Row = Record<string, unknown>;

/** Runs raw SQL on the server's own database (PGlite or PostgreSQL), as an insider could. */
export async function query(server: TestServer, sql: string): Promise<Row[]> {
  const result = (await server.app.database.db.execute(sql)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Every row of every table, with each row's transaction id (xmin) and, if asked, its place (ctid), by table. */
export async function dumpDatabase(server: TestServer, options: { ctid?: boolean } = {}): Promise<Map<string, Row[]>> {
  const tables = await query(
    server,
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const dump = new Map<string, Row[]>();
  for (const { table_name: table } of tables) {
    dump.set(
      String(table),
      await query(
        server,
        `select xmin::text as "__xmin", ${options.ctid ? `ctid::text as "__ctid", ` : ""}* from "${String(table)}"`,
      ),
    );
  }
  return dump;
}

const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? v.toISOString() : v));

/**
 * The rows of a dump that mention a poll, made comparable across polls: the poll's id, times,
 * hashes and sequence numbers replaced by placeholders or ranks, transaction ids by their rank.
 * Two polls whose dumps normalise equal are indistinguishable to anyone reading the database.
 */
export function normalisedRowsOf(dump: Map<string, Row[]>, pollId: string): Record<string, string[]> {
  const mentioning = [...dump].map(
    ([table, rows]) => [table, rows.filter((row) => json(row).includes(pollId))] as const,
  );
  const xids = [...new Set(mentioning.flatMap(([, rows]) => rows.map((row) => Number(row.__xmin))))].sort(
    (a, b) => a - b,
  );
  const seqs = mentioning.flatMap(([table, rows]) =>
    table === "consultation_events" ? rows.map((row) => Number(row.seq)) : [],
  );
  const firstSeq = Math.min(...seqs);
  const out: Record<string, string[]> = {};
  for (const [table, rows] of mentioning) {
    if (rows.length === 0) continue;
    // A row's place, as its rank among the poll's rows of the table (block, then line pointer).
    const place = (ctid: unknown) => String(ctid).slice(1, -1).split(",").map(Number) as [number, number];
    const places = rows
      .map((row) => row.__ctid)
      .filter((ctid) => ctid !== undefined)
      .map(String)
      .sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
    out[table] = rows
      .map((row) => {
        const copy: Row = { ...row, __xmin: `tx${xids.indexOf(Number(row.__xmin))}` };
        if (row.__ctid !== undefined) copy.__ctid = `place${places.indexOf(String(row.__ctid))}`;
        if (table === "consultation_events") copy.seq = Number(row.seq) - firstSeq;
        if (table === "command_receipts") {
          // The client's idempotency key is random; the answer's seq is made relative.
          const result = typeof row.result === "string" ? JSON.parse(row.result) : row.result;
          copy.key = "KEY";
          copy.result = { ...result, seq: Number(result.seq) - firstSeq };
        }
        return json(copy)
          .replaceAll(pollId, "POLL")
          .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:?\d\d)?)?/g, "TIME")
          .replace(/[0-9a-f]{64}/g, "HASH");
      })
      .sort();
  }
  return out;
}
