import type { ExpectationsRegister, RegisterExpectation } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocx, readPdf } from "../summary/readers.js";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { campUnderThreat, consultationOf, missionDelegations, operatorApi } from "./mission-cycle.js";

/** Puts the expectation to consensus and closes the call with no objection: adopted. */
async function adopt(chair: TestClient, expectationId: string) {
  const { id: callId } = await chair.must("consensus:call", {
    subject: { kind: "expectation", expectationId },
    durationSeconds: 600,
  });
  await chair.must("consensus:close", { callId: callId ?? "" });
}

describe.each(databaseKinds)("a mission's expectations register across three consultations on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let operator: ReturnType<typeof operatorApi>;
  let missionId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    operator = operatorApi(server);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const register = async (): Promise<ExpectationsRegister> => {
    const response = await operator("GET", `/api/operator/missions/${missionId}/register`);
    expect(response.status).toBe(200);
    return (await response.json()) as ExpectationsRegister;
  };
  const only = (r: ExpectationsRegister): RegisterExpectation => {
    expect(r.expectations).toHaveLength(1);
    return r.expectations[0] as RegisterExpectation;
  };
  const nextConsultation = async (title: string, date: string) => {
    const response = await operator("POST", `/api/operator/missions/${missionId}/consultations`, {
      title,
      date,
      confidentiality: "on_record",
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; missionId: string };
    expect(created.missionId).toBe(missionId);
    return consultationOf(server, created.id);
  };

  it("adopts, reaffirms with a new caveat, then revises, with history, redline and records right at each step", async () => {
    const created = await operator("POST", "/api/operator/missions", {
      name: "UNMISS",
      hostDelegationNames: ["South Sudan"],
    });
    expect(created.status).toBe(201);
    missionId = ((await created.json()) as { id: string }).id;
    expect((await operator("POST", "/api/operator/missions", { name: "UNMISS" })).status).toBe(409);

    // First consultation: fresh, the operator registers the delegations.
    const first = await nextConsultation("UNMISS renewal consultation I", "2026-03-02");
    for (const delegation of missionDelegations) {
      const response = await operator("POST", `/api/operator/consultations/${first.id}/delegations`, delegation);
      expect(response.status).toBe(201);
    }
    const one = await consultationOf(server, first.id);
    const { client: chair1 } = await one.enter("chair", null, "Chair");
    await chair1.must("consultation:set-status", { status: "live" });
    const { id: draftId } = await chair1.must("expectation:draft", { itemId: null, fields: campUnderThreat });
    await adopt(chair1, draftId ?? "");
    for (const name of ["Rwanda", "India"]) {
      const { client } = await one.enter("delegate", name, `Delegate of ${name}`);
      await client.must("expectation:record-acceptance", { expectationId: draftId ?? "", kind: "accepts" });
    }
    let entry = only(await register());
    expect(entry.standing).toBe("standing");
    expect(entry.history.map((h) => [h.kind, h.consultationTitle, h.date])).toEqual([
      ["adopted", "UNMISS renewal consultation I", "2026-03-02"],
    ]);
    expect(entry.acceptances.map((a) => [a.delegationName, a.kind, a.stale])).toEqual([
      ["India", "accepts", false],
      ["Rwanda", "accepts", false],
    ]);
    one.close();

    // Second: delegations, agenda and the agreed expectation carried in as the starting draft.
    const two = await nextConsultation("UNMISS renewal consultation II", "2026-09-01");
    expect(two.delegations.map((d) => d.name).sort()).toEqual(missionDelegations.map((d) => d.name).sort());
    const { client: chair2 } = await two.enter("chair", null, "Chair");
    await chair2.must("consultation:set-status", { status: "live" });
    const carried = Object.values(chair2.replica.state?.expectations ?? {});
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ status: "draft", version: 1, fields: campUnderThreat });
    expect(Object.keys(chair2.replica.state?.items ?? {}).length).toBeGreaterThan(0);
    const secondId = carried[0]?.id ?? "";
    await adopt(chair2, secondId);
    const { client: india2 } = await two.enter("delegate", "India", "Delegate of India");
    await india2.must("expectation:record-acceptance", {
      expectationId: secondId,
      kind: "accepts_with_reservation",
      caveat: "Quick-reaction forces within 10 km of the contingent's base only.",
    });
    entry = only(await register());
    expect(entry.history.map((h) => h.kind)).toEqual(["adopted", "reaffirmed"]);
    expect(entry.history[1]?.redline).toBeNull();
    expect(entry.acceptances).toEqual([
      expect.objectContaining({
        delegationName: "India",
        kind: "accepts_with_reservation",
        caveat: "Quick-reaction forces within 10 km of the contingent's base only.",
        consultationId: two.id,
        stale: false,
      }),
      // Rwanda's contingent has not confirmed since the first consultation: flagged.
      expect.objectContaining({
        delegationName: "Rwanda",
        kind: "accepts",
        stale: true,
        staleReason: "before_latest_agreement",
      }),
    ]);
    two.close();

    // Third: the carried text revised, then adopted; Rwanda confirms the new text.
    const three = await nextConsultation("UNMISS renewal consultation III", "2027-03-01");
    const { client: chair3 } = await three.enter("chair", null, "Chair");
    await chair3.must("consultation:set-status", { status: "live" });
    const thirdId = Object.values(chair3.replica.state?.expectations ?? {})[0]?.id ?? "";
    await chair3.must("expectation:revise", {
      expectationId: thirdId,
      fields: { ...campUnderThreat, highestForceLevel: "non_lethal_force" },
    });
    await adopt(chair3, thirdId);
    const { client: rwanda3, cookie: rwandaCookie } = await three.enter("delegate", "Rwanda", "Delegate of Rwanda");
    await rwanda3.must("expectation:record-acceptance", { expectationId: thirdId, kind: "accepts" });
    const third = await register();
    entry = only(third);
    expect(entry.history.map((h) => [h.kind, h.consultationTitle])).toEqual([
      ["adopted", "UNMISS renewal consultation I"],
      ["reaffirmed", "UNMISS renewal consultation II"],
      ["revised", "UNMISS renewal consultation III"],
    ]);
    const redline = entry.history[2]?.redline ?? [];
    expect(
      redline
        .filter((s) => s.op === "delete")
        .map((s) => s.text)
        .join(""),
    ).toContain("Interposition");
    expect(
      redline
        .filter((s) => s.op === "insert")
        .map((s) => s.text)
        .join(""),
    ).toContain("Non-lethal force");
    expect(entry.fields.highestForceLevel).toBe("non_lethal_force");
    expect(entry.acceptances.map((a) => [a.delegationName, a.kind, a.stale, a.staleReason])).toEqual([
      ["India", "accepts_with_reservation", true, "before_latest_agreement"],
      ["Rwanda", "accepts", false, null],
    ]);

    // The mission's participants read it (JSON and Markdown); an operator's Markdown is the same.
    const asRwanda = await fetch(`${server.url}/api/missions/mine/register`, { headers: { cookie: rwandaCookie } });
    expect(asRwanda.status).toBe(200);
    const seen = (await asRwanda.json()) as ExpectationsRegister;
    expect(seen.expectations).toEqual(third.expectations);
    const markdown = await (
      await fetch(`${server.url}/api/missions/mine/register?format=md`, { headers: { cookie: rwandaCookie } })
    ).text();
    expect(markdown).toContain("# Expectations register: UNMISS");
    expect(markdown).toContain("- Revised in UNMISS renewal consultation III on 2027-03-01");
    expect(markdown).toContain("~~Interposition~~");
    expect(markdown).toContain("**Non-lethal force**");
    expect(markdown).toMatch(/\| India \| Accepts with a national caveat \| Quick-reaction forces.*\| STALE \|/);
    expect(markdown).toMatch(/^\| Rwanda \| Accepts \| +\| [^|]+\| +\|$/m);
    expect((await fetch(`${server.url}/api/missions/mine/register`)).status).toBe(401);

    // Implementation notes: the Secretariat only (an operator, or a Secretariat delegation), dated and attributed.
    const noted = await operator("POST", `/api/operator/missions/${missionId}/register/${entry.lineageId}/notes`, {
      text: "Quick-reaction force exercised at the camp on 12 February.",
    });
    expect(noted.status).toBe(201);
    const { cookie: dpoCookie } = await three.enter("delegate", "DPO", "Ms. Secretariat");
    const noteBy = (cookie: string) =>
      fetch(`${server.url}/api/missions/mine/register/${entry.lineageId}/notes`, {
        method: "POST",
        headers: { cookie, origin: "http://localhost:3000", "content-type": "application/json" },
        body: JSON.stringify({ text: "Perimeter presence maintained since March." }),
      });
    expect((await noteBy(rwandaCookie)).status).toBe(403);
    expect((await noteBy(dpoCookie)).status).toBe(201);
    const notes = only(await register()).implementationNotes;
    expect(notes.map((n) => [n.authorName, n.text])).toEqual([
      [expect.any(String), "Quick-reaction force exercised at the camp on 12 February."],
      ["Ms. Secretariat (DPO)", "Perimeter presence maintained since March."],
    ]);
    expect(notes.every((n) => !Number.isNaN(Date.parse(n.writtenAt)))).toBe(true);
    const withNotes = await (await operator("GET", `/api/operator/missions/${missionId}/register?format=md`)).text();
    expect(withNotes).toContain("Ms. Secretariat (DPO) (Secretariat): Perimeter presence maintained since March.");

    // The same register as PDF and Word, drawn by the summary's renderers.
    const asFile = async (format: string) => {
      const response = await fetch(`${server.url}/api/missions/mine/register?format=${format}`, {
        headers: { cookie: rwandaCookie },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const pdf = await readPdf(await asFile("pdf"));
    for (const text of [
      "Expectations register: UNMISS",
      "Revised in UNMISS renewal consultation III",
      "[-Interposition-]",
      "{+Non-lethal force+}",
      "Perimeter presence maintained since March.",
      "STALE",
    ]) {
      expect(pdf.text, text).toContain(text);
    }
    const docx = await readDocx(await asFile("docx"));
    for (const text of [
      "Reaffirmed in UNMISS renewal consultation II",
      "Quick-reaction forces within 10 km",
      "Ms. Secretariat (DPO)",
    ]) {
      expect(docx.text, text).toContain(text);
    }

    // Withdrawn in the third consultation: it no longer stands, and is not carried further.
    const ended = await operator("POST", `/api/operator/missions/${missionId}/register/${entry.lineageId}/end`, {
      kind: "withdrawn",
      consultationId: three.id,
      note: "The camp has closed.",
    });
    expect(ended.status).toBe(204);
    expect(only(await register())).toMatchObject({ standing: "withdrawn" });
    const four = await nextConsultation("UNMISS renewal consultation IV", "2027-09-01");
    const { client: chair4 } = await four.enter("chair", null, "Chair");
    expect(Object.values(chair4.replica.state?.expectations ?? {})).toEqual([]);
    three.close();
    four.close();
  });
});
