import { createAdapter } from "@socket.io/redis-adapter";
import type { FastifyInstance } from "fastify";
import { createClient } from "redis";
import type { Io } from "./socket-server.js";

/** Shares broadcasts between nodes through Redis pub/sub. */
export async function attachRedisAdapter(app: FastifyInstance, io: Io, url: string): Promise<void> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    // A Redis outage must not crash the node: it keeps serving its own clients and reconnects.
    client.on("error", (error: Error) => app.log.warn({ err: error }, "redis error"));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { requestsTimeout: 2000 }));
  app.addHook("onClose", async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  });
}
