import type { OperatorMe } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { HttpAgent } from "../support/http-agent.js";
import type { TestOidcProvider } from "../support/oidc-provider.js";
import { queryRows, type TestServer } from "../support/server.js";
import { accounts, signInWithProvider, startWithProvider } from "./oidc-flow.js";

describe.each(databaseKinds)("operators signing in with OpenID Connect on %s", (kind) => {
  let database: TestDatabase;
  let provider: TestOidcProvider;
  let server: TestServer;

  const me = async (agent: HttpAgent) => {
    const response = await agent.request(`${server.url}/api/operator/me`);
    return { status: response.status, body: (await response.json()) as OperatorMe };
  };
  const signedIn = async (login: keyof typeof accounts) => {
    const agent = new HttpAgent();
    expect(await signInWithProvider(agent, server.url, login)).toBe("/operator");
    return agent;
  };
  const sessionCookie = (agent: HttpAgent) => agent.cookie(server.url, "trilogue_operator");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    ({ provider, server } = await startWithProvider(database));
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await database?.drop();
  });

  it("offers the organisation's sign-in and turns the shared token off", async () => {
    const options = await (await fetch(`${server.url}/api/operator-sign-in`)).json();
    expect(options).toEqual({ oidc: { providerName: "UN Secretariat" }, token: false, mail: false });
    const withToken = await fetch(`${server.url}/api/operator/consultations`, {
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    expect(withToken.status).toBe(401);
  });

  it("signs people in with the role their claim grants", async () => {
    for (const [login, role] of [
      ["ada", "administrator"],
      ["olu", "conference_officer"],
      ["aud", "auditor"],
    ] as const) {
      const agent = await signedIn(login);
      const answer = await me(agent);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        name: accounts[login].name,
        email: accounts[login].email,
        role,
        via: "oidc",
      });
    }
    // The session is stored as a hash only: the cookie's token is nowhere in the table.
    const rows = await queryRows<{ token_hash: string }>(server.app, "SELECT token_hash FROM operator_sessions");
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses a person whose claim grants no operator role, and gives them no session", async () => {
    const agent = new HttpAgent();
    expect(await signInWithProvider(agent, server.url, "nobody")).toBe("/operator?signIn=refused");
    expect(sessionCookie(agent)).toBeUndefined();
    const stored = await queryRows(server.app, "SELECT 1 FROM operators WHERE subject LIKE '% nobody'");
    expect(stored).toHaveLength(0);
  });

  it("refuses a callback whose state was tampered with", async () => {
    const agent = new HttpAgent();
    const landed = await signInWithProvider(agent, server.url, "ada", {
      beforeCallback: (url) => {
        const tampered = new URL(url);
        tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
        return tampered.href;
      },
    });
    expect(landed).toBe("/operator?signIn=failed");
    expect(sessionCookie(agent)).toBeUndefined();
  });

  it("refuses an ID token whose nonce does not match the one the sign-in started with", async () => {
    const agent = new HttpAgent();
    const landed = await signInWithProvider(agent, server.url, "ada", {
      beforeCallback: (url) => {
        // Re-sign the transaction cookie with the server's own key but another nonce: only the
        // nonce check inside the ID token can catch this.
        const raw = decodeURIComponent(agent.cookie(server.url, "trilogue_oidc") ?? "");
        const unsigned = server.app.unsignCookie(raw);
        expect(unsigned.valid).toBe(true);
        const transaction = JSON.parse(Buffer.from(unsigned.value ?? "", "base64url").toString("utf8"));
        const forged = Buffer.from(JSON.stringify({ ...transaction, nonce: `${transaction.nonce}x` })).toString(
          "base64url",
        );
        agent.setCookie(server.url, "trilogue_oidc", encodeURIComponent(server.app.signCookie(forged)));
        return url;
      },
    });
    expect(landed).toBe("/operator?signIn=failed");
    expect(sessionCookie(agent)).toBeUndefined();
  });

  it("refuses a callback with no sign-in started in this browser", async () => {
    const agent = new HttpAgent();
    const landed = await signInWithProvider(agent, server.url, "ada", {
      beforeCallback: (url) => {
        agent.setCookie(server.url, "trilogue_oidc", "forged.value");
        return url;
      },
    });
    expect(landed).toBe("/operator?signIn=failed");
  });

  it("revokes the session on sign-out, so the same cookie no longer works", async () => {
    const agent = await signedIn("olu");
    const copied = agent.cookieHeader(server.url);
    expect((await me(agent)).status).toBe(200);
    const out = await agent.request(`${server.url}/api/operator/sign-out`, {
      method: "POST",
      headers: { origin: server.url },
    });
    expect(out.status).toBe(204);
    const replayed = await fetch(`${server.url}/api/operator/me`, { headers: { cookie: copied } });
    expect(replayed.status).toBe(401);
    const open = await queryRows(
      server.app,
      "SELECT s.id FROM operator_sessions s JOIN operators o ON o.id = s.operator_id WHERE o.name = 'Olu Mensah' AND s.revoked_at IS NULL",
    );
    expect(open).toHaveLength(1); // the earlier test's session; this one is revoked
  });

  it("refuses a change carried by the cookie from another origin", async () => {
    const agent = await signedIn("olu");
    const forged = await agent.request(`${server.url}/api/operator/consultations`, {
      method: "POST",
      headers: { origin: "https://evil.example.org", "content-type": "application/json" },
      body: JSON.stringify({ title: "Forged", date: "2026-12-03" }),
    });
    expect(forged.status).toBe(403);
  });

  it("names the operator in the audit trail of what they did", async () => {
    const agent = await signedIn("olu");
    const write = (path: string, body: unknown) =>
      agent.request(`${server.url}${path}`, {
        method: "POST",
        headers: { origin: server.url, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const created = await write("/api/operator/consultations", { title: "Officer's consultation", date: "2026-12-03" });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const delegation = await write(`/api/operator/consultations/${id}/delegations`, {
      name: "Senegal",
      countryCode: "SN",
      constituencies: ["council", "tpcc"],
    });
    expect(delegation.status).toBe(201);
    const auditor = await signedIn("aud");
    const trail = (await (await auditor.request(`${server.url}/api/operator/consultations/${id}/audit`)).json()) as {
      seq: number;
      operator?: { name: string; role: string } | null;
    }[];
    expect(trail.length).toBeGreaterThanOrEqual(2);
    for (const entry of trail) expect(entry.operator).toMatchObject({ name: "Olu Mensah", role: "conference_officer" });
    const actions = (await (
      await auditor.request(`${server.url}/api/operator/consultations/${id}/operator-actions`)
    ).json()) as { action: string; operator: { name: string } }[];
    expect(actions.map((a) => [a.action, a.operator.name])).toEqual([
      ["POST /api/operator/consultations", "Olu Mensah"],
      ["POST /api/operator/consultations/:id/delegations", "Olu Mensah"],
    ]);
  });
});
