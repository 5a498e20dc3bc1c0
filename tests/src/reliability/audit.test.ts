import type { AuditEntry } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { publishChairKey, sealIn } from "../decisions/secret-polls.js";
import { eventually, type TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

describe.each(databaseKinds)("the audit view on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let people: Record<"senegal" | "france" | "rwanda" | "secretary" | "observer" | "adviser", TestClient>;
  let secretPoll: string;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
  const chairTrail = async (after = 0) => {
    const response = await get(`/api/audit?after=${after}`, { cookie: room.cookieOf(room.chair) });
    expect(response.status).toBe(200);
    return (await response.json()) as AuditEntry[];
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    people = {
      senegal: await room.delegate("Senegal"),
      france: await room.delegate("France"),
      rwanda: await room.delegate("Rwanda"),
      secretary: await room.invite({ role: "secretary" }, "Rapporteur"),
      observer: await room.invite({ role: "observer" }, "EU observer"),
      adviser: await room.invite({ role: "adviser", delegationId: room.delegationId("Senegal") }, "Adviser"),
    };
    await people.senegal.must("floor:request", { kind: "speaker" });
    await room.chair.must("floor:give", {});
    const poll = { itemId: room.item.id, question: "Indicative?", kind: "yes_no_abstain" } as const;
    const named = (await room.chair.must("poll:create", poll)).id ?? "";
    secretPoll = (await room.chair.must("poll:create", { ...poll, secret: true })).id ?? "";
    await publishChairKey(room.chair, secretPoll);
    await room.chair.must("poll:open", { pollId: named });
    await room.chair.must("poll:open", { pollId: secretPoll });
    await people.france.must("ballot:cast", { pollId: named, choices: [0] });
    await people.rwanda.must("ballot:cast", { pollId: secretPoll, sealed: sealIn(people.rwanda, secretPoll, [1]) });
    // The scheduler announces the secret poll's turnout a moment later, with no actor.
    await eventually(
      () => room.chair.replica.state?.pollTurnouts[secretPoll]?.turnout.overall === 1,
      5000,
      "the turnout",
    );
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("shows the chair who did what and when, for every event in order", async () => {
    const trail = await chairTrail();
    expect(trail.map((entry) => entry.seq)).toEqual(trail.map((_, index) => index + 1));
    expect(trail.at(-1)?.seq).toBe(room.chair.replica.seq);
    const requested = trail.find((entry) => entry.type === "floor:requested");
    expect(requested?.actor).toMatchObject({
      displayName: "Delegate of Senegal",
      role: "delegate",
      delegation: "Senegal",
    });
    expect(Object.keys(requested?.touched ?? {})).toEqual(["floorRequests"]);
    const given = trail.find((entry) => entry.type === "floor:given");
    expect(given?.actor).toMatchObject({ displayName: "Fodé Seck", role: "chair", delegation: null });
    const counted = trail.find((entry) => entry.type === "ballot:counted");
    expect(counted?.actor).toMatchObject({ delegation: "France" });
    expect(new Date(counted?.at ?? "").getTime()).toBeGreaterThan(new Date(given?.at ?? "").getTime() - 1);
    expect(trail.find((entry) => entry.type === "consultation:status-changed")?.consultationChanged).toBe(true);
  });

  it("leaves secret ballots out: no event names who voted, turnouts have no actor", async () => {
    const trail = await chairTrail();
    const rwanda = people.rwanda.me?.participantId;
    expect(trail.filter((entry) => entry.actor?.participantId === rwanda)).toEqual([]);
    const aboutSecret = trail.filter((entry) => Object.values(entry.touched).some((ids) => ids?.includes(secretPoll)));
    expect(aboutSecret.map((entry) => entry.type).sort()).toEqual(
      ["poll:created", "poll:trustee-ready", "poll:opened", "poll:turnout-changed"].sort(),
    );
    for (const entry of aboutSecret.filter((e) => e.type === "poll:turnout-changed")) expect(entry.actor).toBeNull();
  });

  it("names who acted on every entry, ballots committed together included", async () => {
    const pollId =
      (await room.chair.must("poll:create", { itemId: room.item.id, question: "Together?", kind: "yes_no_abstain" }))
        .id ?? "";
    await room.chair.must("poll:open", { pollId });
    const before = room.chair.replica.seq ?? 0;
    // Cast at once, the ballots reach the server together and are committed as one group.
    await Promise.all(
      [people.senegal, people.france, people.rwanda].map((client) =>
        client.must("ballot:cast", { pollId, choices: [0] }),
      ),
    );
    // The scheduler announces the turnout a moment later: wait for it, so the trail stands still.
    await eventually(() => room.chair.replica.state?.pollTurnouts[pollId]?.turnout.overall === 3, 5000, "the turnout");
    const ballots = (await chairTrail(before)).filter((entry) => entry.type === "ballot:counted");
    const named = ballots.flatMap((entry) => (entry.actor ? [entry.actor] : (entry.actors ?? [])));
    for (const entry of ballots) expect(entry.actor ?? entry.actors?.[0]).toBeTruthy();
    expect(named.map((actor) => actor.delegation).sort()).toEqual(["France", "Rwanda", "Senegal"]);
    console.info(
      `${kind}: 3 ballots logged as ${ballots.length} events, ${ballots.filter((e) => e.actors).length} shared`,
    );
  });

  it("pages with ?after=", async () => {
    const trail = await chairTrail();
    const rest = await chairTrail(3);
    expect(rest).toEqual(trail.slice(3));
  });

  it("refuses everyone but the chair, and strangers", async () => {
    for (const client of [people.senegal, people.secretary, people.observer, people.adviser]) {
      const response = await get("/api/audit", { cookie: room.cookieOf(client) });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect((await get("/api/audit")).status).toBe(401);
  });

  it("gives the operator the same trail through its API, and only with its token", async () => {
    const path = `/api/operator/consultations/${room.consultationId}/audit`;
    const response = await get(path, { authorization: `Bearer ${server.operatorToken}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await chairTrail());
    expect((await get(path, { cookie: room.cookieOf(room.chair) })).status).toBe(401);
  });
});
