import { type App, buildApp, loadConfig } from "@trilogue/server";
import type { TestDatabase } from "./databases.js";

/** A server under test, in this process, listening on a free loopback port. */
export type TestServer = {
  app: App;
  url: string;
  operatorToken: string;
  close(): Promise<void>;
};

export const testOperatorToken = "test-operator-token-0123456789";

/** Builds and starts the real app on port 0 against an isolated database. */
export async function startServer(
  database: TestDatabase,
  env: Record<string, string | undefined> = {},
): Promise<TestServer> {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    LOG_LEVEL: "silent",
    OPERATOR_TOKEN: testOperatorToken,
    DEMO: "true",
    ...env,
  });
  const app = await buildApp(config);
  // Port 0 (any free port) unless the caller fixed one, e.g. so PUBLIC_URL can name it.
  await app.listen({ port: config.PORT, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    operatorToken: testOperatorToken,
    close: () => app.close(),
  };
}

/** Runs raw SQL on a test server's own database (for checks a user cannot make, like what is stored). */
export async function queryRows<T>(app: App, text: string): Promise<T[]> {
  const result = (await app.database.db.execute(text)) as unknown as { rows: T[] };
  return result.rows;
}
