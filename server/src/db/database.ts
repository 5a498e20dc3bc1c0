import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { PgliteRemote } from "./pglite-remote.js";
import * as schema from "./schema.js";

type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A transaction; repositories take one so that a command's writes commit together. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either: repository methods run inside a transaction or on their own. */
export type Executor = Db | Tx;

/** The committed migrations folder at the repository's top. */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../../migrations");

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  /** Applies every committed migration not yet applied. */
  migrate(): Promise<void>;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

/** Opens PostgreSQL when a URL is given, else an embedded PGlite database under dataDir. */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(join(options.dataDir, "pglite"));
}

/** Errors after which a connection cannot be trusted (timeouts, resets), as opposed to SQL errors. */
function isConnectionFailure(error: Error): boolean {
  const cause = error.cause;
  const message = `${error.message} ${cause instanceof Error ? cause.message : ""}`;
  return /timeout|terminated|ECONN|EPIPE|not queryable/i.test(message);
}

/** pg applies a query's own `query_timeout`, which its types leave out of QueryConfig. */
const ping: pg.QueryConfig & { query_timeout: number } = { text: "select 1", query_timeout: 2000 };

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 3000,
    // A frozen server must not hang a delegate's command: it fails as UNAVAILABLE instead.
    query_timeout: 6000,
  });
  // A dropped server must not crash the process: requests fail and /readyz says so. Checked-out
  // clients have no pool listener, so each client gets its own.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const db: Db = drizzlePg(pool, { schema });
  // One drizzle instance per pooled connection, made on its first transaction: making one walks the
  // whole schema (its relational config), a cost a vote storm's group commit paid once per batch.
  const connections = new WeakMap<pg.PoolClient, Db>();
  const connectionDb = (client: pg.PoolClient): Db => {
    let connection = connections.get(client);
    if (!connection) {
      connection = drizzlePg(client, { schema });
      connections.set(client, connection);
    }
    return connection;
  };
  // drizzle's own pool transactions leak the connection when BEGIN fails and return a broken one
  // to the pool when ROLLBACK fails; here a failed transaction's connection is always discarded.
  const transaction: Db["transaction"] = async (work, config) => {
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      return await connectionDb(client).transaction(work, config);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // Only a connection-level failure condemns the connection; a refused command does not.
      client.release(failure && isConnectionFailure(failure) ? failure : undefined);
    }
  };
  db.transaction = transaction;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
    ping: async () => {
      try {
        // A server that stops answering (a partition, a frozen host) must not hang /readyz: a pooled
        // connection would wait for ever, so the ping gives up and pg discards that connection.
        await pool.query(ping);
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}

/**
 * PGlite runs in a worker thread (see pglite-remote.ts): in-process, each query's WebAssembly and
 * synchronous disk writes stalled the event loop, by hundreds of milliseconds in a vote storm.
 */
async function openPglite(folder: string): Promise<Database> {
  mkdirSync(folder, { recursive: true });
  // drizzle's PGlite driver calls only what PgliteRemote implements: query, transaction, close.
  const client = (await PgliteRemote.open(folder)) as unknown as PGlite;
  const db: Db = drizzlePglite(client, { schema });
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    ping: async () => {
      try {
        await client.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.close(),
  };
}
