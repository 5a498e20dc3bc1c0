import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestServer } from "../support/server.js";
import { query } from "./database-dump.js";

type Row = Record<string, unknown>;

/** The 16 bytes of a uuid as PostgreSQL stores them, as hex. */
const uuidBytes = (id: string) => id.replaceAll("-", "");

/**
 * Tables whose rows hold ciphertexts and proofs: over about 2 kB PostgreSQL compresses a row, and the
 * compressed length varies with their random bits, so it is compared no more than they are.
 */
const crypto = new Set(["poll_aggregates", "poll_sealed_ballots", "poll_trustees"]);

/**
 * Every row version still on disk (live or dead, read with `pageinspect`) of every table whose
 * data mentions the poll, or that is a ballot's receipt: what a database administrator reading
 * the heap files could recover. Transaction ids become ranks; the payload is kept as its length,
 * and whether the row version is dead. Needs PostgreSQL and a superuser (as an administrator is).
 */
export async function rowVersionsOf(server: TestServer, pollId: string): Promise<Record<string, string[]>> {
  await query(server, "create extension if not exists pageinspect");
  const tables = await query(
    server,
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const found: { table: string; row: Row }[] = [];
  for (const { table_name: table } of tables) {
    const [size] = await query(server, `select pg_relation_size('"${String(table)}"') / 8192 as blocks`);
    for (let block = 0; block < Number(size?.blocks ?? 0); block++) {
      const rows = await query(
        server,
        `select lp, lp_len, t_xmin::text as xmin, t_xmax::text as xmax, t_ctid::text as ctid,
                (t_xmax <> 0) as superseded, encode(t_data, 'hex') as data
           from heap_page_items(get_raw_page('"${String(table)}"', ${block}))
          where lp_flags = 1
            and (position(decode('${uuidBytes(pollId)}', 'hex') in t_data) > 0
                 or position(convert_to('ballot:cast', 'UTF8') in t_data) > 0)`,
      );
      for (const row of rows) {
        const mentions = String(row.data).includes(uuidBytes(pollId));
        found.push({ table: String(table), row: { ...row, block, mentions } });
      }
    }
  }
  // A ballot's receipt names no poll: it counts when a transaction that touched the poll wrote it.
  const touching = new Set(found.filter(({ row }) => row.mentions).map(({ row }) => Number(row.xmin)));
  found.splice(0, found.length, ...found.filter(({ row }) => row.mentions || touching.has(Number(row.xmin))));
  const xids = [
    ...new Set(found.flatMap(({ row }) => [Number(row.xmin), Number(row.xmax)]).filter((x) => x !== 0)),
  ].sort((a, b) => a - b);
  const rank = (xid: unknown) => (Number(xid) === 0 ? "none" : `tx${xids.indexOf(Number(xid))}`);
  const out: Record<string, string[]> = {};
  for (const { table, row } of found) {
    out[table] ??= [];
    out[table].push(
      JSON.stringify({
        xmin: rank(row.xmin),
        xmax: rank(row.xmax),
        superseded: row.superseded,
        length: crypto.has(table) ? "CRYPTO" : row.lp_len,
      }),
    );
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** The dead row versions (superseded or deleted) whose data mention the poll, as hex. */
export async function deadDataOf(server: TestServer, pollId: string): Promise<string[]> {
  const tables = await query(
    server,
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const data: string[] = [];
  for (const { table_name: table } of tables) {
    const [size] = await query(server, `select pg_relation_size('"${String(table)}"') / 8192 as blocks`);
    for (let block = 0; block < Number(size?.blocks ?? 0); block++) {
      const rows = await query(
        server,
        `select encode(t_data, 'hex') as data from heap_page_items(get_raw_page('"${String(table)}"', ${block}))
          where lp_flags = 1 and t_xmax <> 0 and position(decode('${uuidBytes(pollId)}', 'hex') in t_data) > 0`,
      );
      data.push(...rows.map((row) => String(row.data)));
    }
  }
  return data;
}

/** Every file under a folder, recursively. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files under a folder whose bytes contain any of the needles. */
export function filesContaining(folder: string, needles: readonly Buffer[]): string[] {
  return filesUnder(folder).filter((path) => {
    const bytes = readFileSync(path);
    return needles.some((needle) => bytes.includes(needle));
  });
}
