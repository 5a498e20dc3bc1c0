import { fieldOf } from "@trilogue/shared";
import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * The rows of a multi-row insert as `select … from unnest(…)`, for `db.insert(table).select(…)`:
 * one array parameter per column rather than one parameter per value. Building and binding a
 * 500-row `values (…)` list costs the server tens of milliseconds of CPU in the middle of a vote
 * storm; this costs what a one-row insert does. Values go as text and are cast to each column's
 * type, so every type (arrays, jsonb, timestamps) takes the path its driver value already takes.
 * Columns no row sets take their SQL default (`now()`, `gen_random_uuid()`).
 */
export function unnestRows<T extends PgTable>(table: T, rows: readonly T["$inferInsert"][]): SQL {
  // Our tables have no generated columns: every column is inserted, in the table's order, as drizzle's insert lists them.
  const columns = Object.entries(getTableColumns(table));
  const arrays: SQL[] = [];
  const names: SQL[] = [];
  const selected = columns.map(([key, column]) => {
    const given = rows.map((row) => fieldOf(row, key));
    const type = sql.raw(column.getSQLType());
    if (given.every((value) => value === undefined) && is(column.default, SQL)) return column.default;
    const name = sql`${sql.identifier(column.name)}`;
    arrays.push(
      sql`${sql.param(given.map((value) => (value == null ? null : String(column.mapToDriverValue(value)))))}::text[]`,
    );
    names.push(name);
    return sql`t.${name}::${type}`;
  });
  return sql`select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.join(names, sql`, `)})`;
}

/** `insert into table (every column) select … from unnest(…)`, for a statement of its own or a CTE. */
export function insertRows<T extends PgTable>(table: T, rows: readonly T["$inferInsert"][]): SQL {
  const names = Object.values(getTableColumns(table)).map((column) => sql.identifier(column.name));
  return sql`insert into ${table} (${sql.join(names, sql`, `)}) ${unnestRows(table, rows)}`;
}
