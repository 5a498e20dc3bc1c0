import { joinBodySchema, joinResultSchema, type SessionEndReason } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import type { Publish } from "../realtime/command-bus.js";
import { previewInvitation, resolveSession } from "./invitations.service.js";
import { createJoining } from "./joining.js";
import { sessionCookie } from "./session-cookie.js";
import type { SessionLifetimes } from "./sessions.rules.js";
import { endSessionOfToken } from "./sessions.service.js";

/** Invitation links, joining, and the current session. */
export const authRoutes: FastifyPluginAsync<{
  db: Db;
  publish: Publish;
  secureCookies: boolean;
  /** Per IP address: joining is the one door a stranger can knock on. */
  joinsPerMinute: number;
  lifetimes: SessionLifetimes;
  /** Sessions one link may open unless it says otherwise. */
  maxRedemptions: number;
  /** Closes the sockets of a session that has just ended (on every node). */
  onSessionEnded: (sessionId: string, reason: SessionEndReason) => void;
}> = async (app, { db, publish, secureCookies, joinsPerMinute, lifetimes, maxRedemptions, onSessionEnded }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: joinsPerMinute, timeWindow: "1 minute" };
  // A token and a name: a few hundred bytes. Anything larger is refused before it is parsed.
  const bodyLimit = 4 * 1024;
  const redeem = createJoining(db, publish, { lifetimes, maxRedemptions });
  const end = async (token: string | null, reason: "signed-out" | "replaced") => {
    if (!token) return;
    const sessionId = await endSessionOfToken(db, token, reason);
    if (sessionId) onSessionEnded(sessionId, reason);
  };

  routes.post(
    "/api/invitations/preview",
    { schema: { body: z.strictObject({ token: z.string().min(16).max(128) }) }, bodyLimit, config: { rateLimit } },
    async (request) => previewInvitation(db, request.body.token),
  );

  routes.post(
    "/api/join",
    { schema: { body: joinBodySchema, response: { 200: joinResultSchema } }, bodyLimit, config: { rateLimit } },
    async (request, reply) => {
      const joined = await redeem(request.body.token, request.body.displayName);
      // One browser, one session: joining again ends the session this browser held before.
      await end(sessionCookie.read(app, request.headers.cookie), "replaced");
      sessionCookie.set(reply, joined.sessionToken, joined.expiresAt, secureCookies);
      return { consultationId: joined.consultationId, participant: joined.participant };
    },
  );

  routes.get("/api/session", async (request) => {
    const token = sessionCookie.read(app, request.headers.cookie);
    if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.", undefined, { code: "not_signed_in" });
    return resolveSession(db, token);
  });

  routes.post("/api/logout", { bodyLimit: 1024 }, async (request, reply) => {
    // Revoked on the server, not only forgotten by the browser: a copied cookie stops working too.
    await end(sessionCookie.read(app, request.headers.cookie), "signed-out");
    sessionCookie.clear(reply);
    return reply.code(204).send();
  });
};
