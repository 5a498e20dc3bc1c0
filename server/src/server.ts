import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { loggerOptions, logsForPeople } from "./core/logger.js";

/**
 * Connections the kernel holds for us while the event loop is busy elsewhere. Node's default, 511,
 * is less than a room: 2,000 delegations opening their links at once (an HTTP join, then a
 * WebSocket each) overflowed it, and every connection dropped waited for TCP's retransmission (1 s,
 * then 3 s, 7 s…) or failed. The kernel caps it at net.core.somaxconn (4096 on current Linux).
 */
const listenBacklog = 4096;

/** The process entry: configuration, build, listen, and a graceful stop on SIGTERM and SIGINT. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig({ CLIENT_DIST: resolve(import.meta.dirname, "../../client/dist"), ...process.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp(config, { logger: loggerOptions(config.LOG_LEVEL, logsForPeople(process.stdout)) });
  await app.listen({ port: config.PORT, host: config.HOST, backlog: listenBacklog });

  // Secrets go to files only the server's user can read (DATA_DIR is 0700), never to the log.
  if (app.secrets.generatedOperatorToken) {
    const file = resolve(config.DATA_DIR, "operator-token");
    writeFileSync(file, `${app.secrets.generatedOperatorToken}\n`, { mode: 0o600 });
    app.log.info(`Operator token generated (once; keep it, then delete the file): ${file}`);
  }
  const demo = app.demoLinks;
  if (demo) {
    app.log.info(
      { consultationId: demo.consultationId },
      `Demo consultation ready. Its invitation links (chair, secretary, delegations) are in ${resolve(config.DATA_DIR, "demo-links.json")}`,
    );
  }
  app.log.info(`Trilogue is ready at ${config.PUBLIC_URL}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main().catch((error: unknown) => {
  process.stderr.write(`Trilogue failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
