import { monitorEventLoopDelay } from "node:perf_hooks";
import { type NodeMetrics, operatorSessionApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "./serve.js";

/** Milliseconds between event-loop samples; a stall shorter than this is not seen. */
const resolutionMs = 10;

/**
 * An operator's view of this node: event-loop delay (what a delegate feels as lag), memory and
 * connected sockets. Administrators only, behind the same guard as the rest of /api/operator.
 */
export const metricsRoutes: FastifyPluginAsync<{ db: Db; connectedSockets: () => number }> = async (
  app,
  { db, connectedSockets },
) => {
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  let since = performance.now();
  app.addHook("onClose", async () => delay.disable());

  serve(app, db, operatorSessionApi.metrics, async (request) => {
    const collect = "gc" in globalThis ? globalThis.gc : undefined;
    if (request.query.gc === "1" && typeof collect === "function") collect();
    // The histogram counts from the start of each sampling interval: subtract it to get the stall.
    const stall = (ns: number) => Math.max(0, Math.round((ns / 1e6 - resolutionMs) * 10) / 10);
    const memory = process.memoryUsage();
    const metrics: NodeMetrics = {
      eventLoopDelay: {
        maxMs: delay.count ? stall(delay.max) : 0,
        p99Ms: delay.count ? stall(delay.percentile(99)) : 0,
        meanMs: delay.count ? stall(delay.mean) : 0,
      },
      sinceMs: Math.round(performance.now() - since),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      connectedSockets: connectedSockets(),
    };
    if (request.query.reset === "1") {
      delay.reset();
      since = performance.now();
    }
    return metrics;
  });
};
