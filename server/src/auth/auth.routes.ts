import { type SessionEndReason, sessionApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import type { Publish } from "../realtime/command-bus.js";
import { previewInvitation } from "./invitations.service.js";
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
  const rateLimit = { max: joinsPerMinute, timeWindow: "1 minute" };
  // A token and a name: a few hundred bytes. Anything larger is refused before it is parsed.
  const bodyLimit = 4 * 1024;
  const redeem = createJoining(db, publish, { lifetimes, maxRedemptions });
  const end = async (token: string | null, reason: "signed-out" | "replaced") => {
    if (!token) return;
    const sessionId = await endSessionOfToken(db, token, reason);
    if (sessionId) onSessionEnded(sessionId, reason);
  };

  serve(app, db, sessionApi.preview, async (request) => previewInvitation(db, request.body.token), {
    bodyLimit,
    config: { rateLimit },
  });

  serve(
    app,
    db,
    sessionApi.join,
    async (request, reply) => {
      const joined = await redeem(request.body.token, request.body.displayName);
      // One browser, one session: joining again ends the session this browser held before.
      await end(sessionCookie.read(app, request.headers.cookie), "replaced");
      sessionCookie.set(reply, joined.sessionToken, joined.expiresAt, secureCookies);
      return { consultationId: joined.consultationId, participant: joined.participant };
    },
    { bodyLimit, config: { rateLimit } },
  );

  serve(app, db, sessionApi.me, async (_request, _reply, me) => me);

  serve(
    app,
    db,
    sessionApi.logout,
    async (request, reply) => {
      // Revoked on the server, not only forgotten by the browser: a copied cookie stops working too.
      await end(sessionCookie.read(app, request.headers.cookie), "signed-out");
      sessionCookie.clear(reply);
    },
    { bodyLimit: 1024 },
  );
};
