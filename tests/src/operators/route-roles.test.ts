import { randomUUID } from "node:crypto";
import { type OperatorRole, operatorApiRoutes, operatorRoles } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { HttpAgent } from "../support/http-agent.js";
import type { TestOidcProvider } from "../support/oidc-provider.js";
import { startServer, type TestServer } from "../support/server.js";
import { signInWithProvider, startWithProvider } from "./oidc-flow.js";

const loginOf: Record<OperatorRole, string> = { administrator: "ada", conference_officer: "olu", auditor: "aud" };

/** The roles of every operator route, keyed `METHOD pattern`, as the shared tables name them. */
const operatorRouteRoles: Record<string, readonly OperatorRole[] | undefined> = Object.fromEntries(
  operatorApiRoutes.map((route) => [`${route.method} ${route.path}`, route.roles]),
);

describe.each(databaseKinds)("operator roles, route by route, on %s", (kind) => {
  let database: TestDatabase;
  let provider: TestOidcProvider;
  let server: TestServer;
  const agents = new Map<OperatorRole, HttpAgent>();

  /** Calls a route pattern with made-up ids and an empty body: the role check comes before either. */
  const call = (agent: HttpAgent | null, key: string) => {
    const [method = "GET", pattern = ""] = key.split(" ");
    const path = pattern.replace(/:[A-Za-z]+/g, () => randomUUID());
    const init: RequestInit =
      method === "GET"
        ? { method }
        : { method, headers: { origin: server.url, "content-type": "application/json" }, body: "{}" };
    return agent ? agent.request(`${server.url}${path}`, init) : fetch(`${server.url}${path}`, init);
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ({ provider, server } = await startWithProvider(database, { OPERATOR_TOKEN_WITH_OIDC: "true" }));
    for (const role of operatorRoles) {
      const agent = new HttpAgent();
      expect(await signInWithProvider(agent, server.url, loginOf[role])).toBe("/operator");
      agents.set(role, agent);
    }
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await database?.drop();
  });

  it("has every operator route in the shared tables, each naming its roles, and no route the server lacks", () => {
    const registered = [...new Set(server.app.operatorRouteKeys)].sort();
    expect(registered).toEqual(Object.keys(operatorRouteRoles).sort());
    for (const [key, roles] of Object.entries(operatorRouteRoles)) expect(roles?.length, key).toBeGreaterThan(0);
  });

  it("answers every route for exactly the roles the table names", async () => {
    // Signing out last: it ends the session the other calls use.
    const keys = Object.keys(operatorRouteRoles).sort(
      (a, b) => Number(a.includes("sign-out")) - Number(b.includes("sign-out")),
    );
    const seen: string[] = [];
    for (const key of keys) {
      expect((await call(null, key)).status, `${key} without signing in`).toBe(401);
      for (const role of operatorRoles) {
        const agent = agents.get(role) ?? null;
        const status = (await call(agent, key)).status;
        const allowed = operatorRouteRoles[key]?.includes(role) ?? false;
        if (allowed) expect([401, 403], `${key} as ${role} answered ${status}`).not.toContain(status);
        else expect(status, `${key} as ${role}`).toBe(403);
        seen.push(`${key} ${role} ${allowed ? "allowed" : "refused"}`);
      }
    }
    expect(seen).toHaveLength(keys.length * operatorRoles.length);
    // The auditor reads but changes nothing; the officer cannot read the node's metrics.
    expect(seen).toContain("GET /api/operator/consultations/:id/audit auditor allowed");
    expect(seen).toContain("POST /api/operator/consultations auditor refused");
    expect(seen).toContain("GET /api/operator/metrics conference_officer refused");
  });

  it("keeps the operator token, as an administrator, when told to", async () => {
    const answer = await fetch(`${server.url}/api/operator/me`, {
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ role: "administrator", via: "token" });
  });
});

describe("the operator token without OIDC", () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer(database, { OPERATOR_RATE_LIMIT_PER_MINUTE: "5" });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("signs the operator in as before, and limits the operator API per address", async () => {
    const options = await (await fetch(`${server.url}/api/operator-sign-in`)).json();
    expect(options).toEqual({ oidc: null, token: true, mail: false });
    const get = (token: string) =>
      fetch(`${server.url}/api/operator/consultations`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(server.operatorToken)).status).toBe(200);
    // Wrong guesses count too: a stranger cannot try tokens at speed.
    const guesses = await Promise.all([1, 2, 3, 4].map(() => get("a-wrong-token-0123456789")));
    expect(guesses.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    const limited = await get(server.operatorToken);
    expect(limited.status).toBe(429);
  });
});
