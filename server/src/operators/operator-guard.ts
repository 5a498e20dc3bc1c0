import type { ConsultationEvent } from "@trilogue/shared";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../core/errors.js";
import { hashToken, sameSecret } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { recordOperatorAction } from "./operator-actions.js";
import { operatorCookie } from "./operator-cookie.js";
import { type OperatorIdentity, resolveOperatorSession, tokenOperator } from "./operators.repository.js";
import { rolesFor } from "./route-roles.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Every `METHOD url` registered under /api/operator/, so a test can hold them against the roles table. */
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

/** Puts rate limiting, authentication and the route's roles on every route of one plugin. */
export type OperatorGuard = (plugin: FastifyInstance) => void;

/**
 * Builds the one guard of the operator API. A request is rate-limited per address, then signed in
 * by the operator session cookie or (when enabled) the bearer OPERATOR_TOKEN, then checked against
 * the route's roles in `route-roles.ts`. Cookie-signed changes must come from our own origin.
 * Each successful change is recorded with the operator who made it.
 */
export function createOperatorGuard(
  root: FastifyInstance,
  options: { db: Db; publicUrl: string; operatorTokenHash: string | null; requestsPerMinute: number },
): OperatorGuard {
  const { db, operatorTokenHash } = options;
  const ownOrigin = new URL(options.publicUrl).origin;
  root.decorateRequest("operator", null);
  const routeKeys: string[] = [];
  root.decorate("operatorRouteKeys", routeKeys);
  root.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/operator/")) return;
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

  return (plugin) => {
    plugin.addHook("onRequest", limit);
    plugin.addHook("onRequest", async (request: FastifyRequest) => {
      const operator = await authenticate(request);
      const roles = rolesFor(request.method, request.routeOptions.url ?? "");
      if (!roles)
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
    plugin.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (!unsafeMethods.has(request.method) || reply.statusCode >= 400 || !request.operator) return payload;
      try {
        await recordOperatorAction(db, request, payload);
      } catch (error) {
        request.log.error({ err: error }, "could not record the operator's action");
      }
      return payload;
    });
  };
}

function originOf(request: FastifyRequest): string | undefined {
  if (request.headers.origin) return request.headers.origin;
  try {
    return request.headers.referer ? new URL(request.headers.referer).origin : undefined;
  } catch {
    return undefined;
  }
}
