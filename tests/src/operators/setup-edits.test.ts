import type { AgendaItem, Delegation, Invitation } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, operator, type Room } from "../decisions/room.js";
import { join } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

/**
 * The operator corrects delegations and agenda items over HTTP, as the operator screen does:
 * officers only, validated by the shared schemas, refused once the correction would rewrite the
 * record; and the links issued are told apart by when they were issued and last used.
 */
describe.each(databaseKinds)("the operator's corrections on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let base = "";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    base = `${server.url}/api/operator/consultations/${room.consultationId}`;
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  const patch = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.operatorToken}`, ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      json: (text ? JSON.parse(text) : null) as Record<string, unknown> & {
        error?: { code: string; reason?: { code: string } };
      },
    };
  };
  const items = () => Object.values(room.chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
  const delegationNamed = (name: string) =>
    Object.values(room.chair.replica.state?.delegations ?? {}).find((d) => d.name === name);

  it("refuses anyone but a signed-in operator, and bodies the shared schema does not accept", async () => {
    const id = room.delegationId("Ethiopia");
    const anonymous = await fetch(`${base}/delegations/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ethiopia (Federal Republic)" }),
    });
    expect(anonymous.status).toBe(401);
    const ethiopia = await room.delegate("Ethiopia");
    const asDelegate = await fetch(`${base}/delegations/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie: room.cookieOf(ethiopia), origin: server.url },
      body: JSON.stringify({ name: "Ethiopia (Federal Republic)" }),
    });
    // A delegate's session is no operator's: refused (401 without an operator session, 403 from elsewhere).
    expect([401, 403]).toContain(asDelegate.status);
    const wrongToken = await patch(
      `/delegations/${id}`,
      { name: "X" },
      { authorization: "Bearer not-the-operator-token-at-all" },
    );
    expect(wrongToken.status).toBe(401);

    expect((await patch(`/delegations/${id}`, {})).status).toBe(400);
    expect((await patch(`/delegations/${id}`, { constituencies: [] })).status).toBe(400);
    expect((await patch(`/delegations/${id}`, { constituencies: ["tpcc", "tpcc"] })).status).toBe(400);
    expect((await patch(`/delegations/${id}`, { countryCode: "XX" })).status).toBe(400);
    expect((await patch(`/delegations/${id}`, { colour: "red" })).status).toBe(400);
    const item = items()[1] as AgendaItem;
    expect((await patch(`/items/${item.id}`, { title: "   " })).status).toBe(400);
    expect((await patch(`/items/${item.id}`, { speakingTimeSeconds: -5 })).status).toBe(400);
    expect(delegationNamed("Ethiopia")).toBeDefined();
  });

  it("corrects a delegation while nothing has been said, and every screen hears of it", async () => {
    const id = room.delegationId("Ethiopia");
    const done = await patch(`/delegations/${id}`, {
      name: "Federal Democratic Republic of Ethiopia",
      constituencies: ["tpcc", "host"],
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      id,
      name: "Federal Democratic Republic of Ethiopia",
      constituencies: ["tpcc", "host"],
    });
    await expect
      .poll(() => room.chair.replica.state?.delegations[id]?.name)
      .toBe("Federal Democratic Republic of Ethiopia");
    expect(room.chair.replica.state?.delegations[id]?.constituencies).toEqual(["tpcc", "host"]);

    const taken = await patch(`/delegations/${id}`, { name: "France" });
    expect(taken.status).toBe(409);
    expect(taken.json.error?.reason?.code).toBe("delegation_name_taken");
    expect(room.chair.replica.state?.delegations[id]?.name).toBe("Federal Democratic Republic of Ethiopia");
  });

  it("corrects an item's words while it is pending, its times until it is concluded", async () => {
    const [open, pending] = items() as [AgendaItem, AgendaItem];
    const edited = await patch(`/items/${pending.id}`, {
      title: "Early warning and the host State",
      question: "How do missions share early warning with the host State?",
      timeBoxSeconds: 1800,
      speakingTimeSeconds: 240,
    });
    expect(edited.status).toBe(200);
    await expect
      .poll(() => room.chair.replica.state?.items[pending.id]?.title)
      .toBe("Early warning and the host State");
    expect(room.chair.replica.state?.items[pending.id]).toMatchObject({
      timeBoxSeconds: 1800,
      speakingTimeSeconds: 240,
    });

    const words = await patch(`/items/${open.id}`, { title: "Another question" });
    expect(words.status).toBe(409);
    expect(words.json.error?.reason?.code).toBe("item_text_on_record");
    const times = await patch(`/items/${open.id}`, { timeBoxSeconds: 3600 });
    expect(times.status).toBe(200);
    await expect.poll(() => room.chair.replica.state?.items[open.id]?.timeBoxSeconds).toBe(3600);
    expect(room.chair.replica.state?.items[open.id]?.deadlineAt).not.toBeNull();

    const missing = await patch(`/items/00000000-0000-4000-8000-000000000000`, { speakingTimeSeconds: 60 });
    expect(missing.status).toBe(404);
    expect(missing.json.error?.reason?.code).toBe("item_not_found");
  });

  it("refuses to change a delegation once something has been said, and changes nothing", async () => {
    const france = await room.delegate("France");
    await france.must("position:publish", {
      itemId: room.item.id,
      stance: "supports",
      statement: "France supports a political strategy in every mandate.",
    });
    await room.chair.sync();
    const seq = room.chair.replica.seq;
    const id = room.delegationId("France");
    const refused = await patch(`/delegations/${id}`, { constituencies: ["tpcc"] });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: "CONFLICT", reason: { code: "delegation_on_record" } });
    await room.chair.sync();
    expect(room.chair.replica.seq).toBe(seq);
    expect(room.chair.replica.state?.delegations[id]?.constituencies).not.toEqual(["tpcc"]);
  });

  it("lists each link with the day it was issued and its last use, so two links of one delegation differ", async () => {
    const delegationId = room.delegationId("India");
    const first = (await operator(server, `/api/operator/consultations/${room.consultationId}/invitations`, {
      role: "delegate",
      delegationId,
      label: "India, laptop",
    })) as Invitation & { url: string };
    const second = (await operator(server, `/api/operator/consultations/${room.consultationId}/invitations`, {
      role: "delegate",
      delegationId,
      label: "India, phone",
    })) as Invitation & { url: string };
    expect(first.issuedAt).toEqual(expect.any(String));
    expect(first.lastUsedAt).toBeNull();
    await join(server.url, first.url, "Delegate of India");

    const response = await fetch(`${base}/invitations`, {
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    const listed = (await response.json()) as Invitation[];
    const used = listed.find((invitation) => invitation.id === first.id);
    const unused = listed.find((invitation) => invitation.id === second.id);
    expect(used?.lastUsedAt).toEqual(expect.any(String));
    expect(Date.parse(used?.lastUsedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(first.issuedAt));
    expect(unused?.lastUsedAt).toBeNull();
    expect(Date.parse(unused?.issuedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(first.issuedAt));
    // Oldest first: the list reads in the order the links went out.
    const order = listed.map((invitation) => Date.parse(invitation.issuedAt));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("refuses every correction once the consultation is closed", async () => {
    await room.chair.must("consultation:set-status", { status: "closed" });
    const item = items()[2] as AgendaItem;
    const refused = await patch(`/items/${item.id}`, { speakingTimeSeconds: 60 });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.reason?.code).toBe("consultation_closed");
    const delegation = delegationNamed("India") as Delegation;
    expect((await patch(`/delegations/${delegation.id}`, { name: "Bharat" })).json.error?.reason?.code).toBe(
      "consultation_closed",
    );
  });
});
