import type { Guard, Me, RouteDefinition, RouteInput } from "@trilogue/shared";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { resolveSession } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import type { OperatorIdentity } from "../operators/operators.repository.js";

/** The prefix of every operator route; its one guard (`operators/operator-guard.ts`) covers it whole. */
export const operatorPrefix = "/api/operator/";

/** Who is calling a route once its guard has passed: the participant, the operator, or nobody known. */
export type CallerOf<D extends RouteDefinition> = D["audience"] extends "participant"
  ? D["who"] extends Guard<infer M extends Me>
    ? M
    : Me
  : D["audience"] extends "operator"
    ? OperatorIdentity
    : undefined;

/** The request as a route's schemas have parsed it. */
export type ParsedRequest<D extends RouteDefinition> = FastifyRequest<{
  Params: RouteInput<D["params"]>;
  Querystring: RouteInput<D["query"]>;
  Body: RouteInput<D["body"]>;
}>;

type Handler<D extends RouteDefinition> = (
  request: ParsedRequest<D>,
  reply: FastifyReply,
  caller: CallerOf<D>,
) => Promise<unknown>;

/** Extra Fastify options a route may need (body limits, rate limits); never its schemas or path. */
type Extras = Pick<RouteShorthandOptions, "bodyLimit" | "config">;

/**
 * Registers one route of a shared route table: its path, its schemas (in and out) and, for a
 * participant route, the one authentication of the session cookie and the route's guard, so no
 * route file reads cookies or checks roles itself. A route under `/api/consultations/:id` answers
 * only the consultation's own participants (NOT_FOUND to others, who learn nothing of it). An
 * operator route must lie under `/api/operator/` and name its roles: the prefix's guard signs the
 * operator in and checks those roles before the handler runs, and the handler gets the operator.
 */
export function serve<const D extends RouteDefinition>(
  app: FastifyInstance,
  db: Db,
  definition: D,
  handler: Handler<D>,
  extras: Extras = {},
): void {
  if (definition.audience === "operator" && !(definition.path.startsWith(operatorPrefix) && definition.roles?.length)) {
    throw new Error(`The operator route ${definition.path} must lie under ${operatorPrefix} and name its roles.`);
  }
  if (definition.audience !== "operator" && definition.path.startsWith(operatorPrefix)) {
    throw new Error(`The route ${definition.path} lies under ${operatorPrefix}: declare it an operator route.`);
  }
  const { params, query, body, response } = definition;
  const schema = {
    ...(params ? { params } : {}),
    ...(query ? { querystring: query } : {}),
    ...(body ? { body } : {}),
    ...(typeof response === "object" ? { response: { [definition.status ?? 200]: response } } : {}),
  };
  app.withTypeProvider<ZodTypeProvider>().route({
    method: definition.method,
    url: definition.path,
    schema,
    ...extras,
    handler: async (request, reply) => {
      const caller =
        definition.audience === "participant"
          ? await participant(app, db, request, definition)
          : definition.audience === "operator"
            ? signedInOperator(request)
            : undefined;
      if (definition.status && definition.status !== 200) reply.code(definition.status);
      // The schemas above parsed the request into these shapes; Fastify's own types cannot follow them.
      const answer = await handler(request as ParsedRequest<D>, reply, caller as CallerOf<D>);
      return definition.response === "empty" ? reply.send() : answer;
    },
  });
}

/** The operator the prefix's guard signed in; never absent on an operator route. */
function signedInOperator(request: FastifyRequest): OperatorIdentity {
  if (!request.operator)
    throw new DomainError("UNAUTHENTICATED", "Sign in as an operator first.", undefined, {
      code: "operator_not_signed_in",
    });
  return request.operator;
}

async function participant(
  app: FastifyInstance,
  db: Db,
  request: FastifyRequest,
  definition: RouteDefinition,
): Promise<Me> {
  const token = sessionCookie.read(app, request.headers.cookie);
  if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.", undefined, { code: "not_signed_in" });
  const me = await resolveSession(db, token);
  const consultationId = (request.params as { id?: unknown } | undefined)?.id;
  if (definition.path.startsWith("/api/consultations/:id") && consultationId !== me.consultationId) {
    throw new DomainError("NOT_FOUND", "No such consultation.", undefined, { code: "consultation_not_found" });
  }
  if (definition.who && !definition.who(me)) {
    throw new DomainError("FORBIDDEN", "Your role does not allow this.", undefined, { code: "role_not_allowed" });
  }
  return me;
}
