import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery: a request that carries the session cookie and changes something
 * must come from our own origin. (SameSite=Strict already keeps the cookie off cross-site
 * requests; this is the second lock.)
 */
export function registerCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const ownOrigin = new URL(publicUrl).origin;
  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const cookie = request.headers.cookie;
    if (!cookie?.includes(`${sessionCookie.name}=`)) return;
    const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
    if (origin !== ownOrigin) {
      throw new DomainError("FORBIDDEN", "This request did not come from Trilogue's own pages.", undefined, {
        code: "request_not_from_trilogue",
      });
    }
  });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** Rate limiting, off by default; routes a stranger can reach (joining) opt in. */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many attempts; try again in ${context.after}.`), { statusCode: 429 }),
  });
}

/** Whether a Socket.IO handshake may proceed: browsers must come from our origin. */
export function allowedOrigin(publicUrl: string) {
  const ownOrigin = new URL(publicUrl).origin;
  return (origin: string | undefined) => origin === undefined || origin === ownOrigin;
}
