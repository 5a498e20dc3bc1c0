import { operatorActionSchema, operatorMeSchema } from "@trilogue/shared";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { operatorActionsOf } from "./operator-actions.js";
import { operatorCookie } from "./operator-cookie.js";
import type { OperatorGuard } from "./operator-guard.js";
import { revokeOperatorSession } from "./operators.repository.js";

/** The signed-in operator: who they are, signing out, and what operators did to a consultation. */
export const operatorsRoutes: FastifyPluginAsync<{ db: Db; guard: OperatorGuard }> = async (app, { db, guard }) => {
  guard(app);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = (operator: FastifyRequest["operator"]) => {
    if (!operator)
      throw new DomainError("UNAUTHENTICATED", "Sign in as an operator first.", undefined, {
        code: "operator_not_signed_in",
      });
    return operator;
  };

  routes.get("/api/operator/me", { schema: { response: { 200: operatorMeSchema } } }, async (request) => {
    const { sessionId: _, ...me } = signedIn(request.operator);
    return me;
  });

  // Revokes the session server-side, so the cookie is worthless even if it was copied.
  routes.post("/api/operator/sign-out", async (request, reply) => {
    const operator = signedIn(request.operator);
    if (operator.sessionId) await revokeOperatorSession(db, operator.sessionId);
    operatorCookie.clear(reply);
    return reply.code(204).send();
  });

  routes.get(
    "/api/operator/consultations/:id/operator-actions",
    { schema: { params: z.object({ id: z.uuid() }), response: { 200: z.array(operatorActionSchema) } } },
    async (request) => operatorActionsOf(db, request.params.id),
  );
};
