import { joinBodySchema, joinResultSchema } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import type { Publish } from "../realtime/command-bus.js";
import { previewInvitation, resolveSession } from "./invitations.service.js";
import { createJoining } from "./joining.js";
import { sessionCookie } from "./session-cookie.js";

/** Invitation links, joining, and the current session. */
export const authRoutes: FastifyPluginAsync<{
  db: Db;
  publish: Publish;
  secureCookies: boolean;
  /** Per IP address: joining is the one door a stranger can knock on. */
  joinsPerMinute: number;
}> = async (app, { db, publish, secureCookies, joinsPerMinute }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: joinsPerMinute, timeWindow: "1 minute" };
  const redeem = createJoining(db, publish);

  routes.post(
    "/api/invitations/preview",
    { schema: { body: z.strictObject({ token: z.string().min(16).max(128) }) }, config: { rateLimit } },
    async (request) => previewInvitation(db, request.body.token),
  );

  routes.post(
    "/api/join",
    { schema: { body: joinBodySchema, response: { 200: joinResultSchema } }, config: { rateLimit } },
    async (request, reply) => {
      const joined = await redeem(request.body.token, request.body.displayName);
      sessionCookie.set(reply, joined.sessionToken, joined.expiresAt, secureCookies);
      return { consultationId: joined.consultationId, participant: joined.participant };
    },
  );

  routes.get("/api/session", async (request) => {
    const token = sessionCookie.read(app, request.headers.cookie);
    if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.");
    return resolveSession(db, token);
  });

  routes.post("/api/logout", async (_request, reply) => {
    sessionCookie.clear(reply);
    return reply.code(204).send();
  });
};
