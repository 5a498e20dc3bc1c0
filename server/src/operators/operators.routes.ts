import { operatorRecordApi, operatorSessionApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { operatorActionsOf } from "./operator-actions.js";
import { operatorCookie } from "./operator-cookie.js";
import { revokeOperatorSession } from "./operators.repository.js";

/** The signed-in operator: who they are, signing out, and what operators did to a consultation. */
export const operatorsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, operatorSessionApi.me, async (_request, _reply, operator) => {
    const { sessionId: _, ...me } = operator;
    return me;
  });

  // Revokes the session server-side, so the cookie is worthless even if it was copied.
  serve(app, db, operatorSessionApi.signOut, async (_request, reply, operator) => {
    if (operator.sessionId) await revokeOperatorSession(db, operator.sessionId);
    operatorCookie.clear(reply);
  });

  serve(app, db, operatorRecordApi.operatorActions, async (request) => operatorActionsOf(db, request.params.id));
};
