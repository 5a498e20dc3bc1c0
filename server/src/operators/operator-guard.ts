import { type ConsultationEvent, type OperatorRole, operatorApiRoutes } from "@trilogue/shared";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../core/errors.js";
import { hashToken, sameSecret } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { operatorPrefix } from "../http/serve.js";
import { recordOperatorAction } from "./operator-actions.js";
import { operatorCookie } from "./operator-cookie.js";
import { type OperatorIdentity, resolveOperatorSession, tokenOperator } from "./operators.repository.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Every `METHOD url` registered under /api/operator/, so a test can hold them against the route tables. */
    operatorRouteKeys: string[];
  }
  interface FastifyRequest {
    /** The operator this request acts for; set by the guard on every /api/operator route. */
    operator: OperatorIdentity | null;
    /** The consultation events an operator route produced, so its action names their seqs. */
    producedEvents: { consultationId: string; events: ConsultationEvent[] } | null;
  }
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The roles of each operator route, keyed `METHOD url-pattern`, from the shared route tables. */
const rolesByRoute: ReadonlyMap<string, readonly OperatorRole[]> = new Map(
  operatorApiRoutes.map((route) => [`${route.method} ${route.path}`, route.roles ?? []]),
);

/**
 * The one guard of the operator API, put on the application once for every route under
 * `/api/operator/`, wherever it is registered. A request is rate-limited per address, then signed
 * in by the operator session cookie or (when enabled) the bearer OPERATOR_TOKEN, then checked
 * against the roles its route names in the shared tables; a route the tables do not know, or that
 * names no role, is refused to everyone (fail closed). Cookie-signed changes must come from our
 * own origin. Each successful change is recorded with the operator who made it.
 */
export function guardOperatorRoutes(
  root: FastifyInstance,
  options: { db: Db; publicUrl: string; operatorTokenHash: string | null; requestsPerMinute: number },
): void {
  const { db, operatorTokenHash } = options;
  const ownOrigin = new URL(options.publicUrl).origin;
  root.decorateRequest("operator", null);
  const routeKeys: string[] = [];
  root.decorate("operatorRouteKeys", routeKeys);
  root.addHook("onRoute", (route) => {
    if (!route.url.startsWith(operatorPrefix)) return;
    for (const method of [route.method].flat()) if (method !== "HEAD") routeKeys.push(`${method} ${route.url}`);
  });
  root.decorateRequest("producedEvents", null);
  const limit = root.rateLimit({
    max: options.requestsPerMinute,
    timeWindow: "1 minute",
    keyGenerator: (request) => `operator:${request.ip}`,
  });

  const authenticate = async (request: FastifyRequest): Promise<OperatorIdentity> => {
    const header = request.headers.authorization ?? "";
    if (header.startsWith("Bearer ")) {
      const token = header.slice(7);
      if (!operatorTokenHash) {
        throw new DomainError(
          "UNAUTHENTICATED",
          "The operator token is off: sign in with your organisation.",
          undefined,
          { code: "operator_token_off" },
        );
      }
      if (!token || !sameSecret(hashToken(token), operatorTokenHash)) {
        throw new DomainError("UNAUTHENTICATED", "The operator token is missing or wrong.", undefined, {
          code: "operator_token_wrong",
        });
      }
      return tokenOperator(db);
    }
    const sessionToken = operatorCookie.read(root, request.headers.cookie);
    if (!sessionToken)
      throw new DomainError("UNAUTHENTICATED", "Sign in as an operator first.", undefined, {
        code: "operator_not_signed_in",
      });
    if (unsafeMethods.has(request.method) && originOf(request) !== ownOrigin) {
      throw new DomainError("FORBIDDEN", "This request did not come from Trilogue's own pages.", undefined, {
        code: "request_not_from_trilogue",
      });
    }
    return resolveOperatorSession(db, sessionToken);
  };

  const isOperatorRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith(operatorPrefix) ?? false;

  root.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isOperatorRoute(request)) return;
    await limit.call(root, request, reply);
    const operator = await authenticate(request);
    const roles = rolesByRoute.get(`${request.method} ${request.routeOptions.url}`) ?? [];
    if (roles.length === 0)
      throw new DomainError("FORBIDDEN", "This operator route has no roles assigned.", undefined, {
        code: "operator_route_without_roles",
      });
    if (!roles.includes(operator.role)) {
      throw new DomainError("FORBIDDEN", `An operator with the role ${operator.role} may not do this.`, undefined, {
        code: "operator_role_not_allowed",
        params: { role: operator.role },
      });
    }
    request.operator = operator;
  });
  // Before the answer leaves, so whoever reads the audit trail next sees the operator's name.
  root.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!isOperatorRoute(request) || !unsafeMethods.has(request.method) || reply.statusCode >= 400) return payload;
    if (!request.operator) return payload;
    try {
      await recordOperatorAction(db, request, payload);
    } catch (error) {
      request.log.error({ err: error }, "could not record the operator's action");
    }
    return payload;
  });
}

function originOf(request: FastifyRequest): string | undefined {
  if (request.headers.origin) return request.headers.origin;
  try {
    return request.headers.referer ? new URL(request.headers.referer).origin : undefined;
  } catch {
    return undefined;
  }
}
