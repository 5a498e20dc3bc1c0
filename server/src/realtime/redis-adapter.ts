import { createAdapter } from "@socket.io/redis-adapter";
import type { FastifyInstance } from "fastify";
import { createClient } from "redis";
import type { Io } from "./socket-server.js";

/** Shares broadcasts between nodes through Redis pub/sub. */
export async function attachRedisAdapter(
  app: FastifyInstance,
  io: Io,
  url: string,
  channelPrefix: string,
): Promise<void> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  let interrupted = false;
  for (const client of [pub, sub]) {
    // A Redis outage must not crash the node: it keeps serving its own clients and reconnects.
    client.on("error", (error: Error) => {
      if (!interrupted) app.log.warn({ err: error }, "redis unavailable; serving this node's clients only");
      interrupted = true;
    });
  }
  // Back from an outage: other nodes' events may have gone by unseen, so this node's clients
  // catch up from the log (the sync answer is idempotent, so asking too often costs little).
  sub.on("ready", () => {
    if (!interrupted) return;
    interrupted = false;
    app.log.info("redis is back; asking clients to catch up");
    io.local.emit("resync");
  });
  // The adapter publishes without waiting on the answer: a message in flight when Redis goes away
  // is refused, and an unhandled refusal would end this process and every socket it serves (the
  // outage test's "socket has been disconnected"). The room misses nothing it cannot catch up:
  // `resync` follows the outage.
  const publish = pub.publish.bind(pub);
  Object.assign(pub, {
    publish: (...args: Parameters<typeof publish>) =>
      publish(...args).catch((error: unknown) => {
        if (!interrupted) app.log.warn({ err: error }, "a message to other nodes was lost with redis");
        interrupted = true;
        return 0;
      }),
  });
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { key: channelPrefix, requestsTimeout: 2000 }));
  app.addHook("onClose", async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  });
}
