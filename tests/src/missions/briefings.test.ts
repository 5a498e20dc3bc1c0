import { request as httpRequest } from "node:http";
import { type Briefing, type BriefingAccess, briefingMaxBytes } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../summary/readers.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { queryRows, startServer, type TestServer } from "../support/server.js";
import { consultationOf, missionDelegations, operatorApi, samplePdf } from "./mission-cycle.js";

type Consultation = Awaited<ReturnType<typeof consultationOf>>;

describe.each(databaseKinds)("restricted briefings on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let operator: ReturnType<typeof operatorApi>;
  let room: Consultation;
  const cookies = new Map<string, string>();

  /** Circulates a file through the operator API; the list travels in the query. */
  const circulate = (body: Buffer, query: string) =>
    fetch(`${server.url}/api/operator/consultations/${room.id}/briefings?${query}`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.operatorToken}`, "content-type": "application/pdf" },
      body: new Uint8Array(body),
    });
  const as = (who: string, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        cookie: cookies.get(who) ?? "",
        origin: "http://localhost:3000",
        ...((init.headers as Record<string, string>) ?? {}),
      },
    });
  const stored = async () =>
    (await queryRows<{ n: number }>(server.app, "select count(*)::int as n from briefings"))[0]?.n;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    operator = operatorApi(server);
    const mission = (await (await operator("POST", "/api/operator/missions", { name: "MINUSCA" })).json()) as {
      id: string;
    };
    const created = (await (
      await operator("POST", `/api/operator/missions/${mission.id}/consultations`, {
        title: "MINUSCA pre-deployment briefing",
        date: "2027-01-15",
      })
    ).json()) as { id: string };
    for (const delegation of missionDelegations) {
      await operator("POST", `/api/operator/consultations/${created.id}/delegations`, delegation);
    }
    room = await consultationOf(server, created.id);
    for (const name of ["Rwanda", "France", "South Sudan", "DPO"]) {
      cookies.set(name, (await room.enter("delegate", name, `Delegate of ${name}`)).cookie);
    }
    cookies.set("observer", (await room.enter("observer", null, "African Union observer")).cookie);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("circulates to the Council and the T/PCCs: a T/PCC's copy is watermarked, others are refused and logged, a withdrawn one is gone", async () => {
    const response = await circulate(
      samplePdf("Threat assessment: Vakaga prefecture"),
      "title=Threat%20assessment%20Vakaga&constituencies=council,tpcc",
    );
    expect(response.status).toBe(201);
    const briefing = (await response.json()) as Briefing;
    expect(briefing.distribution).toEqual({
      wholeConsultation: false,
      constituencies: ["council", "tpcc"],
      delegationIds: [],
    });

    const listed = async (who: string) =>
      ((await (await as(who, "/api/briefings")).json()) as { briefings: Briefing[] }).briefings.map((b) => b.title);
    expect(await listed("Rwanda")).toEqual(["Threat assessment Vakaga"]);
    expect(await listed("France")).toEqual(["Threat assessment Vakaga"]);
    expect(await listed("South Sudan")).toEqual([]);
    expect(await listed("observer")).toEqual([]);

    const copy = await as("Rwanda", `/api/briefings/${briefing.id}/download`);
    expect(copy.status).toBe(200);
    expect(copy.headers.get("content-type")).toBe("application/pdf");
    const read = await readPdf(Buffer.from(await copy.arrayBuffer()));
    expect(read.text).toContain("Threat assessment: Vakaga prefecture");
    expect(read.text).toMatch(/RESTRICTED - issued to Rwanda - \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(String(read.info.Subject)).toContain("issued to Rwanda");

    for (const who of ["South Sudan", "observer"]) {
      const refused = await as(who, `/api/briefings/${briefing.id}/download`);
      expect(refused.status, who).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    }
    const accesses = (
      (await (await operator("GET", `/api/operator/consultations/${room.id}/briefings/accesses`)).json()) as {
        accesses: BriefingAccess[];
      }
    ).accesses;
    expect(accesses.map((a) => [a.delegationId, a.outcome])).toEqual([
      [room.delegationId("Rwanda"), "granted"],
      [room.delegationId("South Sudan"), "refused"],
      [null, "refused"],
    ]);
    expect(accesses[0]?.watermark).toContain("issued to Rwanda");

    const withdrawn = await operator(
      "POST",
      `/api/operator/consultations/${room.id}/briefings/${briefing.id}/withdraw`,
    );
    expect(withdrawn.status).toBe(204);
    expect((await as("Rwanda", `/api/briefings/${briefing.id}/download`)).status).toBe(404);
    expect(await listed("Rwanda")).toEqual([]);
  });

  it("lets a Secretariat delegation circulate to named delegations, and no one else", async () => {
    const india = room.delegationId("India");
    const query = `title=Force%20generation%20note&delegationIds=${india}`;
    const byFrance = await as("France", `/api/briefings?${query}`, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: new Uint8Array(samplePdf("Force generation")),
    });
    expect(byFrance.status).toBe(403);
    const byDpo = await as("DPO", `/api/briefings?${query}`, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: new Uint8Array(samplePdf("Force generation")),
    });
    expect(byDpo.status, await byDpo.clone().text()).toBe(201);
    const { id } = (await byDpo.json()) as Briefing;
    expect((await as("Rwanda", `/api/briefings/${id}/download`)).status).toBe(403);
    expect((await as("DPO", `/api/briefings/${id}/withdraw`, { method: "POST" })).status).toBe(204);
  });

  it("refuses a file that is not a PDF, an oversized one and a truncated upload, storing nothing", async () => {
    const before = await stored();
    const query = "title=Assessment&wholeConsultation=true";
    const notPdf = await circulate(Buffer.from("PK\u0003\u0004 this is a zip renamed assessment.pdf"), query);
    expect(notPdf.status).toBe(400);
    expect(((await notPdf.json()) as { error: { message: string } }).error.message).toMatch(/not a PDF/);

    const whole = samplePdf("Long assessment");
    const oversized = Buffer.concat([whole.subarray(0, 9), Buffer.alloc(briefingMaxBytes, 0x20), whole.subarray(9)]);
    const tooLarge = await circulate(oversized, query);
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");

    // A file cut short (its end-of-file marker lost) is refused by its content.
    const cut = await circulate(whole.subarray(0, Math.floor(whole.length * 0.7)), query);
    expect(cut.status).toBe(400);
    expect(((await cut.json()) as { error: { message: string } }).error.message).toMatch(/incomplete/);

    // An upload whose connection drops before the announced length arrives is never parsed.
    await new Promise<void>((resolve) => {
      const url = new URL(`${server.url}/api/operator/consultations/${room.id}/briefings?${query}`);
      const request = httpRequest(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${server.operatorToken}`,
          "content-type": "application/pdf",
          "content-length": String(whole.length * 2),
        },
      });
      request.on("error", () => resolve());
      request.on("response", () => resolve());
      request.write(whole);
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored()).toBe(before);
  });
});
