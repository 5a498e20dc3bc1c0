import {
  apiRoutes,
  briefingOperatorApi,
  missionOperatorApi,
  operatorApiRoutes,
  operatorRecordApi,
  operatorSessionApi,
  operatorSetupApi,
  operatorSignInApi,
  pathOf,
  type RouteDefinition,
} from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePdf } from "../missions/mission-cycle.js";
import { startWithProvider } from "../operators/oidc-flow.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestOidcProvider } from "../support/oidc-provider.js";
import type { TestServer } from "../support/server.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.js";

const keyOf = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

/**
 * The server's whole HTTP API (participant, public and operator) is exactly the shared route
 * tables: a route added on one side only, a JSON answer that skips its schema, a download without
 * its content types, or an operator answer its schema does not parse, fails here.
 */
describe("the shared route tables", () => {
  let database: TestDatabase;
  let provider: TestOidcProvider;
  let smtp: TestSmtpServer;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    smtp = await startSmtpServer();
    // With OpenID and mail configured, so every route the server can have is registered.
    ({ provider, server } = await startWithProvider(database, {
      OPERATOR_TOKEN_WITH_OIDC: "true",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: "Trilogue <trilogue@un.example.org>",
    }));
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await smtp?.close();
    await database?.drop();
  });

  it("lists every route the server registers, participant, public and operator, and no other", () => {
    const registered = [...new Set(server.app.apiRoutes.map((route) => route.key))].sort();
    expect(registered).toEqual(apiRoutes.map(keyOf).sort());
  });

  it("serialises every JSON answer through its schema, and declares every download's content types", () => {
    const byKey = new Map(server.app.apiRoutes.map((route) => [route.key, route.responseSchema]));
    for (const route of apiRoutes) {
      expect(byKey.get(keyOf(route)), keyOf(route)).toBe(typeof route.response === "object");
      if (route.response === "file") expect(route.files?.length, keyOf(route)).toBeGreaterThan(0);
    }
  });

  it("puts every operator route under /api/operator/ with its roles, and no other route there", () => {
    for (const route of apiRoutes) {
      const underPrefix = route.path.startsWith("/api/operator/");
      expect(underPrefix, keyOf(route)).toBe(route.audience === "operator");
      if (underPrefix) expect(route.roles?.length, keyOf(route)).toBeGreaterThan(0);
    }
  });

  it("refuses every participant route to a caller without a session", async () => {
    for (const route of apiRoutes.filter((r) => r.audience === "participant" && r.method === "GET")) {
      // Parameters that name a choice take a valid one, so the refusal is the session's, not the input's.
      const path = route.path
        .replace(/:format/, "md")
        .replace(/:form/, "clean")
        .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, keyOf(route)).toBe(401);
    }
  });

  it("answers every operator and sign-in route as its table says, parsed by its schema", async () => {
    const exercised = new Set<string>();
    /** Calls a route as the administrator's token and holds the answer to the route's declaration. */
    const hit = async (
      route: RouteDefinition,
      input: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; pdf?: Buffer } = {},
    ): Promise<unknown> => {
      const key = keyOf(route);
      const query = input.query ? `?${new URLSearchParams(input.query)}` : "";
      const headers: Record<string, string> = { authorization: `Bearer ${server.operatorToken}` };
      if (input.pdf) headers["content-type"] = "application/pdf";
      else if (input.body !== undefined) headers["content-type"] = "application/json";
      const response = await fetch(`${server.url}${pathOf(route.path, input.params)}${query}`, {
        method: route.method,
        headers,
        body: input.pdf ? new Uint8Array(input.pdf) : input.body === undefined ? undefined : JSON.stringify(input.body),
        redirect: "manual",
      });
      const text = await response.text();
      expect(response.status, `${key}: ${text.slice(0, 300)}`).toBe(
        route.status ?? (route.response === "redirect" ? 303 : 200),
      );
      exercised.add(key);
      if (route.response === "file") {
        expect(route.files, key).toContain((response.headers.get("content-type") ?? "").split(";")[0]);
        return undefined;
      }
      if (typeof route.response !== "object") return undefined;
      const parsed = route.response.safeParse(JSON.parse(text));
      expect(parsed.error, key).toBeUndefined();
      return parsed.data;
    };

    expect(await hit(operatorSignInApi.options)).toEqual({
      oidc: { providerName: "UN Secretariat" },
      token: true,
      mail: true,
    });
    await hit(operatorSignInApi.oidc);
    await hit(operatorSignInApi.oidcCallback);

    expect(await hit(operatorSessionApi.me)).toMatchObject({ role: "administrator", via: "token" });
    await hit(operatorSessionApi.metrics, { query: { reset: "0" } });

    const created = operatorSetupApi.create.response.parse(
      await hit(operatorSetupApi.create, { body: { title: "Route table", date: "2026-12-03" } }),
    );
    const id = created.id;
    await hit(operatorSetupApi.consultations);
    await hit(operatorSetupApi.update, { params: { id }, body: { title: "Route tables" } });
    const delegation = operatorSetupApi.registerDelegation.response.parse(
      await hit(operatorSetupApi.registerDelegation, {
        params: { id },
        body: { name: "France", countryCode: "FR", constituencies: ["council"] },
      }),
    );
    await hit(operatorSetupApi.updateDelegation, {
      params: { id, delegationId: delegation.id },
      body: { name: "French Republic" },
    });
    const detail = operatorSetupApi.consultation.response.parse(
      await hit(operatorSetupApi.consultation, { params: { id } }),
    );
    const [item] = detail.items;
    if (!item) throw new Error("the template gave no agenda item");
    await hit(operatorSetupApi.updateItem, { params: { id, itemId: item.id }, body: { speakingTimeSeconds: 120 } });
    const invitation = operatorSetupApi.issueInvitation.response.parse(
      await hit(operatorSetupApi.issueInvitation, {
        params: { id },
        body: { role: "delegate", delegationId: delegation.id },
      }),
    );
    await hit(operatorSetupApi.invitations, { params: { id } });
    await hit(operatorSetupApi.sendInvitation, {
      params: { id, invitationId: invitation.id },
      body: { email: "france@un.example.org" },
    });
    await hit(operatorSetupApi.invitationMails, { params: { id } });
    await hit(operatorSetupApi.displayLink, { params: { id } });
    await hit(operatorSetupApi.revokeInvitation, { params: { id, invitationId: invitation.id } });

    await hit(operatorRecordApi.audit, { params: { id }, query: { after: "0" } });
    expect(await hit(operatorRecordApi.verifyLog, { params: { id } })).toMatchObject({ intact: true });
    await hit(operatorRecordApi.operatorActions, { params: { id } });
    await hit(operatorRecordApi.archive, { params: { id } });
    await hit(operatorSessionApi.backup);

    const mission = missionOperatorApi.create.response.parse(
      await hit(missionOperatorApi.create, { body: { name: "UNMISS" } }),
    );
    await hit(missionOperatorApi.missions);
    const next = missionOperatorApi.nextConsultation.response.parse(
      await hit(missionOperatorApi.nextConsultation, {
        params: { id: mission.id },
        body: { title: "UNMISS, first", date: "2026-12-04" },
      }),
    );
    expect(next.missionId).toBe(mission.id);
    for (const format of ["json", "md", "pdf", "docx"]) {
      await hit(missionOperatorApi.register, { params: { id: mission.id }, query: { format } });
    }

    const briefing = briefingOperatorApi.circulate.response.parse(
      await hit(briefingOperatorApi.circulate, {
        params: { id: next.id },
        query: { title: "Force posture", wholeConsultation: "true" },
        pdf: samplePdf("Force posture"),
      }),
    );
    await hit(briefingOperatorApi.briefings, { params: { id: next.id } });
    await hit(briefingOperatorApi.accesses, { params: { id: next.id } });
    await hit(briefingOperatorApi.withdraw, { params: { id: next.id, briefingId: briefing.id } });

    await hit(operatorSessionApi.signOut);

    // Ending a standing expectation and noting its implementation need an agreed expectation of
    // an earlier consultation: tests/src/missions/register.test.ts walks that cycle through both.
    const needAnAgreedExpectation = [missionOperatorApi.endExpectation, missionOperatorApi.addNote].map(keyOf);
    const untried = [...operatorApiRoutes, ...Object.values(operatorSignInApi)]
      .map(keyOf)
      .filter((key) => !exercised.has(key));
    expect(untried.sort()).toEqual(needAnAgreedExpectation.sort());
  });
});
