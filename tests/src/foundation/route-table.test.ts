import { participantApi } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

const keyOf = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

/**
 * The server's participant and public API is exactly the shared route table: a route added on
 * one side only, or a JSON answer that skips its schema, fails here.
 */
describe("the shared route table", () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("lists every participant and public route the server registers, and no other", () => {
    const registered = server.app.apiRoutes
      .map((route) => route.key)
      .filter((key) => !key.includes("/api/operator"))
      .sort();
    expect(registered).toEqual(participantApi.map(keyOf).sort());
  });

  it("serialises every JSON answer through its schema", () => {
    const byKey = new Map(server.app.apiRoutes.map((route) => [route.key, route.responseSchema]));
    for (const route of participantApi) {
      expect(byKey.get(keyOf(route)), keyOf(route)).toBe(typeof route.response === "object");
    }
  });

  it("refuses every participant route to a caller without a session", async () => {
    for (const route of participantApi.filter((r) => r.audience === "participant" && r.method === "GET")) {
      // Parameters that name a choice take a valid one, so the refusal is the session's, not the input's.
      const path = route.path
        .replace(/:format/, "md")
        .replace(/:form/, "clean")
        .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, keyOf(route)).toBe(401);
    }
  });
});
