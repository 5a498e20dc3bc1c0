import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInOperator } from "../browser/operator-steps.js";
import { expectText, joinRoom } from "../browser/steps.js";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { campUnderThreat, consultationOf, missionDelegations, operatorApi, samplePdf } from "./mission-cycle.js";

/** A T/PCC's delegate reads the mission's register and opens a briefing circulated to the T/PCCs. */
describe("the mission's register and briefings in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let room: Awaited<ReturnType<typeof consultationOf>>;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const operator = operatorApi(server);
    const mission = (await (
      await operator("POST", "/api/operator/missions", { name: "UNMISS", hostDelegationNames: ["South Sudan"] })
    ).json()) as { id: string };
    const created = (await (
      await operator("POST", `/api/operator/missions/${mission.id}/consultations`, {
        title: "UNMISS renewal consultation I",
        date: "2026-03-02",
        // On the record: the register names each T/PCC for its own record.
        confidentiality: "on_record",
      })
    ).json()) as { id: string };
    for (const delegation of missionDelegations) {
      await operator("POST", `/api/operator/consultations/${created.id}/delegations`, delegation);
    }
    room = await consultationOf(server, created.id);
    const { client: chair } = await room.enter("chair", null, "Chair");
    await chair.must("consultation:set-status", { status: "live" });
    const { id } = await chair.must("expectation:draft", { itemId: null, fields: campUnderThreat });
    const { id: callId } = await chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId: id ?? "" },
      durationSeconds: 600,
    });
    await chair.must("consensus:close", { callId: callId ?? "" });
    const { client: india } = await room.enter("delegate", "India", "Delegate of India");
    await india.must("expectation:record-acceptance", {
      expectationId: id ?? "",
      kind: "accepts_with_reservation",
      caveat: "Within 10 km of the contingent's base only.",
    });
    const circulated = await fetch(
      `${server.url}/api/operator/consultations/${created.id}/briefings?title=Threat%20assessment%20Jonglei&constituencies=tpcc`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${server.operatorToken}`, "content-type": "application/pdf" },
        body: new Uint8Array(samplePdf("Threat assessment: Jonglei")),
      },
    );
    expect(circulated.status).toBe(201);
  });
  afterAll(async () => {
    room?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("shows the register beside the room and opens a watermarked briefing", async () => {
    const { context, page } = await openPerson(browser);
    await joinRoom(page, await room.invite("delegate", "Rwanda"), "Delegate of Rwanda");
    const register = page.getByRole("region", { name: "Mission expectations register: UNMISS" });
    await expectText(register, "Adopted in UNMISS renewal consultation I on 2026-03-02");
    await expectText(register.getByRole("row", { name: /India/ }), "Accepts with a national caveat");
    await expectText(register.getByRole("row", { name: /India/ }), "Within 10 km");
    const briefings = page.getByRole("region", { name: "Restricted briefings" });
    const link = briefings.getByRole("link", { name: /Open Threat assessment Jonglei/ });
    await link.scrollIntoViewIfNeeded();
    await screenshot(page as Page, "mission-register-delegate");
    const [response] = await Promise.all([
      context.waitForEvent("response", (r) => r.url().includes("/download")),
      link.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const accesses = (await (
      await fetch(`${server.url}/api/operator/consultations/${room.id}/briefings/accesses`, {
        headers: { authorization: `Bearer ${server.operatorToken}` },
      })
    ).json()) as { accesses: { delegationId: string; outcome: string; watermark: string }[] };
    expect(accesses.accesses.at(-1)).toMatchObject({ delegationId: room.delegationId("Rwanda"), outcome: "granted" });
    expect(accesses.accesses.at(-1)?.watermark).toContain("issued to Rwanda");
    await context.close();
  });

  it("shows the chair the same register in the console", async () => {
    const { context, page } = await openPerson(browser);
    await joinRoom(page, await room.invite("chair", null), "Chair of the Working Group");
    const register = page.getByRole("region", { name: "Mission expectations register: UNMISS" });
    await expectText(register.getByRole("row", { name: /India/ }), "Within 10 km");
    await context.close();
  });

  it("lets the operator create the mission's next consultation and circulate, then withdraw, a briefing", async () => {
    const { context, page } = await openPerson(browser);
    await signInOperator(page, server.url, server.operatorToken);
    await page.getByText("Next consultation of UNMISS", { exact: true }).click();
    await page.getByLabel("Title", { exact: true }).last().fill("UNMISS renewal consultation II");
    await page.getByLabel("Date", { exact: true }).last().fill("2026-09-01");
    await page.getByRole("button", { name: "Create the next consultation of UNMISS" }).click();
    await page.getByRole("heading", { name: "Delegations to UNMISS renewal consultation II" }).waitFor();
    // Carried in from the first consultation of the mission.
    await expectText(page.getByTestId("delegations"), "India");

    const briefings = page.getByTestId("operator-briefings");
    await briefings.getByLabel("Title of the briefing").fill("Threat assessment: Upper Nile");
    const pick = (name: string, buffer: Buffer) =>
      briefings.getByLabel("PDF file").setInputFiles({ name, mimeType: "application/pdf", buffer });
    // A file that is not a PDF is refused with the server's reason, and nothing is listed.
    await pick("assessment.pdf", Buffer.from("not a pdf at all"));
    await briefings.getByRole("checkbox", { name: "T/PCC", exact: true }).check();
    await briefings.getByRole("button", { name: "Circulate the briefing" }).click();
    await expectText(briefings.getByRole("alert"), "PDF");
    await expectText(briefings, "No briefing has been circulated in this consultation.");

    await pick("assessment.pdf", samplePdf("Threat assessment: Upper Nile"));
    await briefings.getByRole("button", { name: "Circulate the briefing" }).click();
    await expectText(briefings, "0 copies issued, 0 refused");
    await screenshot(page as Page, "operator-briefings");
    await briefings.getByRole("button", { name: "Withdraw Threat assessment: Upper Nile" }).click();
    await expectText(briefings, "Withdrawn");
    await context.close();
  });
});
