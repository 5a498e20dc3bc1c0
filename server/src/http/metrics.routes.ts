import { monitorEventLoopDelay } from "node:perf_hooks";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { OperatorGuard } from "../operators/operator-guard.js";

/** What `GET /api/operator/metrics` answers: this node's health under load, since the last reset. */
export type NodeMetrics = {
  /** Event-loop delay beyond the sampling interval, in milliseconds: the longest stall and p99. */
  eventLoopDelay: { maxMs: number; p99Ms: number; meanMs: number };
  /** Milliseconds since the delay figures were last reset. */
  sinceMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Sockets connected to this node (not the whole deployment). */
  connectedSockets: number;
};

const querystring = z.object({
  /** `1` starts a new measuring window after this answer. */
  reset: z.enum(["0", "1"]).default("0"),
  /** `1` collects garbage first, when the process runs with --expose-gc (benchmarks measure memory so). */
  gc: z.enum(["0", "1"]).default("0"),
});

/** Milliseconds between event-loop samples; a stall shorter than this is not seen. */
const resolutionMs = 10;

/**
 * An operator's view of this node: event-loop delay (what a delegate feels as lag), memory and
 * connected sockets. Administrators only, behind the same guard as the rest of /api/operator.
 */
export const metricsRoutes: FastifyPluginAsync<{ guard: OperatorGuard; connectedSockets: () => number }> = async (
  app,
  { guard, connectedSockets },
) => {
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  let since = performance.now();
  app.addHook("onClose", async () => delay.disable());

  guard(app);

  app.withTypeProvider<ZodTypeProvider>().get("/api/operator/metrics", { schema: { querystring } }, async (request) => {
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
