import type { FastifyPluginAsync } from "fastify";
import type { Database } from "../db/database.js";

/** `/healthz`: the process answers. `/readyz`: the database answers and migrations are applied. */
export const healthRoutes: FastifyPluginAsync<{ database: Database; isMigrated: () => boolean }> = async (
  app,
  { database, isMigrated },
) => {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const reachable = await database.ping();
    const ready = reachable && isMigrated();
    return reply.code(ready ? 200 : 503).send({
      status: ready ? "ready" : "unavailable",
      database: reachable ? "reachable" : "unreachable",
      migrations: isMigrated() ? "applied" : "pending",
    });
  });
};
