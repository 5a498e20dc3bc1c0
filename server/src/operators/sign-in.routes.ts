import { type OperatorSignInOptions, operatorSignInApi } from "@trilogue/shared";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { z } from "zod";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import type { OidcRelyingParty, OidcTransaction } from "./oidc.js";
import { operatorCookie } from "./operator-cookie.js";
import { openOperatorSession, upsertOperator } from "./operators.repository.js";

const transactionCookie = "trilogue_oidc";
const transactionPath = operatorSignInApi.oidc.path;
const transactionSchema = z.object({ state: z.string(), nonce: z.string(), verifier: z.string() });

/** Why a sign-in ended on the operator screen without a session (shown there, translated). */
export type SignInOutcome = "refused" | "failed" | "unavailable";

/**
 * Signing operators in with the organisation's OpenID provider. The state, nonce and PKCE verifier
 * travel in a signed, httpOnly cookie that lives ten minutes; SameSite=Lax because the provider
 * sends the browser back with a cross-site redirect. A person whose claim grants no operator role
 * is refused and gets no session.
 */
export const signInRoutes: FastifyPluginAsync<{
  db: Db;
  relyingParty: OidcRelyingParty | null;
  options: OperatorSignInOptions;
  publicUrl: string;
  secureCookies: boolean;
  sessionHours: number;
  attemptsPerMinute: number;
}> = async (app, { db, relyingParty, options, publicUrl, secureCookies, sessionHours, attemptsPerMinute }) => {
  const rateLimit = { max: attemptsPerMinute, timeWindow: "1 minute" };
  const back = (reply: FastifyReply, outcome?: SignInOutcome) =>
    reply.redirect(outcome ? `/operator?signIn=${outcome}` : "/operator", 303);

  serve(app, db, operatorSignInApi.options, async () => options);

  if (!relyingParty) return;

  serve(
    app,
    db,
    operatorSignInApi.oidc,
    async (request, reply) => {
      let started: Awaited<ReturnType<OidcRelyingParty["start"]>>;
      try {
        started = await relyingParty.start();
      } catch (error) {
        request.log.warn({ err: error }, "the OpenID provider cannot be reached");
        return back(reply, "unavailable");
      }
      reply.setCookie(transactionCookie, Buffer.from(JSON.stringify(started.transaction)).toString("base64url"), {
        signed: true,
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookies,
        path: transactionPath,
        maxAge: 600,
      });
      return reply.redirect(started.url, 303);
    },
    { config: { rateLimit } },
  );

  serve(
    app,
    db,
    operatorSignInApi.oidcCallback,
    async (request, reply) => {
      const transaction = readTransaction(app, request.cookies[transactionCookie]);
      reply.clearCookie(transactionCookie, { path: transactionPath });
      if (!transaction) return back(reply, "failed");
      let signedIn: Awaited<ReturnType<OidcRelyingParty["finish"]>>;
      try {
        signedIn = await relyingParty.finish(new URL(request.url, publicUrl), transaction);
      } catch (error) {
        // Tampered state or nonce, a replayed code, a provider error: no session, and say so.
        request.log.warn(
          { err: { message: error instanceof Error ? error.message : String(error) } },
          "an operator sign-in was refused",
        );
        return back(reply, "failed");
      }
      if (!signedIn.role) {
        request.log.warn({ subject: signedIn.subject }, "a sign-in without an operator role was refused");
        return back(reply, "refused");
      }
      const operatorId = await upsertOperator(db, { ...signedIn, role: signedIn.role });
      const session = await openOperatorSession(db, operatorId, sessionHours);
      operatorCookie.set(reply, session.token, session.expiresAt, secureCookies);
      return back(reply);
    },
    { config: { rateLimit } },
  );
};

function readTransaction(app: Parameters<FastifyPluginAsync>[0], raw: string | undefined): OidcTransaction | null {
  if (!raw) return null;
  const unsigned = app.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = transactionSchema.safeParse(JSON.parse(Buffer.from(unsigned.value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
