import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom, seen } from "./steps.js";

type Who = "chair" | "senegal" | "southSudan";
const everyone: Who[] = ["chair", "senegal", "southSudan"];

/** Positions, a poll, consensus and an expectation, on the demo consultation, asserted on each screen. */
describe("decisions in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  const pages = new Map<Who, Page>();
  const page = (who: Who): Page => {
    const found = pages.get(who);
    if (!found) throw new Error(`${who} has not joined`);
    return found;
  };
  const tab = (who: Who, name: string) => page(who).getByRole("tab", { name }).click();
  const cell = (who: Who, row: string, column: string) =>
    page(who).locator(`[data-testid="poll"] tr[data-row="${row}"] td[data-column="${column}"]`).first();

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    const link = (name: string) => links?.delegations.find((d) => d.name === name)?.url ?? "";
    for (const [who, url, name] of [
      ["chair", links?.chair ?? "", "Fodé Seck"],
      ["senegal", link("Senegal"), "Gorgui Ciss"],
      ["southSudan", link("South Sudan"), "Akuei Bona Malwal"],
    ] as const) {
      const { page: opened } = await openPerson(browser);
      await joinRoom(opened, url, name);
      pages.set(who, opened);
    }
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("opens the session and the first item", async () => {
    await page("chair").getByRole("button", { name: "Open the session" }).click();
    await page("chair")
      .getByRole("button", { name: /^Open item: Political strategies/ })
      .click();
    for (const who of everyone) await expectText(page(who).getByTestId("current-item-title"), "Political strategies");
  });

  it("delegations publish positions; everyone sees the stances by constituency", async () => {
    const statements: [Who, string, string][] = [
      ["senegal", "Supports", "Mandates must name the political strategy that POC serves."],
      ["southSudan", "Opposes", "Host-State consent must come first."],
    ];
    for (const [who, stance, statement] of statements) {
      await page(who).getByRole("radio", { name: stance, exact: true }).check();
      await page(who).getByLabel("Statement (optional)").fill(statement);
      await page(who).getByRole("button", { name: "Publish the position" }).click();
    }
    const positions = page("chair").getByTestId("positions");
    await expectText(positions, "Host-State consent must come first.");
    await expectText(positions.locator('tr[data-row="council"] td[data-column="supports"]'), "1");
    await expectText(positions.locator('tr[data-row="tpcc"] td[data-column="supports"]'), "1");
    await expectText(positions.locator('tr[data-row="host"] td[data-column="opposes"]'), "1");
    await expectText(page("senegal").getByTestId("positions"), "Host-State consent must come first.");
  });

  it("the chair runs a named poll; results by constituency arrive live, then final", async () => {
    const chair = page("chair");
    for (const who of everyone) await tab(who, "Polls");
    await chair.getByText("Prepare a poll").click();
    await chair.getByLabel("Question", { exact: true }).fill("Should mandates lead with the political strategy?");
    await chair.getByRole("button", { name: "Prepare the poll" }).click();
    await chair.getByRole("button", { name: "Open the poll" }).click();
    for (const [who, choice] of [
      ["senegal", "Yes"],
      ["southSudan", "No"],
    ] as const) {
      await page(who).getByRole("radio", { name: choice, exact: true }).check();
      await page(who).getByRole("button", { name: "Cast the ballot" }).click();
      await expectText(page(who).getByTestId("your-ballot"), choice);
    }
    await expectText(cell("chair", "council", "0"), "1");
    await expectText(cell("chair", "tpcc", "0"), "1");
    await expectText(cell("chair", "host", "1"), "1");
    await expectText(cell("chair", "overall", "0"), "1");
    await screenshot(chair, "chair-poll-live");
    await chair.getByRole("button", { name: "Close the poll" }).click();
    await expectText(page("southSudan").getByTestId("poll"), "Final results, by constituency");
    await expectText(cell("southSudan", "council", "0"), "1");

    // The projector shows the final results too, numbers as text.
    const display = await chair.context().newPage();
    await display.setViewportSize({ width: 1280, height: 800 });
    await display.goto(`${server.url}/display`);
    await expectText(display.locator(".display__poll"), "Final results, by constituency");
    await expectText(display.locator('.display__poll tr[data-row="host"] td[data-column="1"]'), "1");
    await screenshot(display, "room-display-poll");
    await display.close();
  });

  it("a consensus call is blocked by one objection, then adopted once it is withdrawn", async () => {
    const chair = page("chair");
    for (const who of everyone) await tab(who, "Consensus");
    await chair.getByLabel("Text proposed for consensus").fill("Mandates should lead with the political strategy.");
    await chair.getByRole("button", { name: "Call for consensus" }).click();
    await expectText(page("senegal").getByTestId("consensus-call"), "No objection so far");
    // Under the Working Group's rule (the demo's), Council members decide: Senegal, a Council member, blocks.
    await page("senegal").getByLabel("Reason for objecting").fill("The host State was not consulted on the text.");
    await page("senegal").getByRole("button", { name: "Object", exact: true }).click();
    for (const who of everyone)
      await expectText(page(who).getByTestId("consensus-call"), "Blocked: 1 objection stands");
    await expectText(chair.getByTestId("consensus-call"), "The host State was not consulted");
    await screenshot(page("senegal"), "delegate-consensus-blocked");

    await page("senegal").getByRole("button", { name: "Withdraw our objection" }).click();
    await expectText(chair.getByTestId("consensus-call"), "No objection so far");
    await chair.getByRole("button", { name: "Close the call now" }).click();
    for (const who of everyone) await expectText(page(who).getByTestId("consensus-call"), "Adopted by consensus");
  });

  it("an expectation is put to consensus and agreed with a T/PCC's national caveat", async () => {
    const chair = page("chair");
    for (const who of everyone) await tab(who, "Expectations on the use of force");
    await chair.getByText("Draft an expectation").click();
    await chair.getByLabel("Scenario").fill("Host-state forces fire on civilians near a protection-of-civilians site");
    await chair.getByLabel("Highest force level expected").selectOption("deadly_force_last_resort");
    await chair.getByRole("button", { name: "Save the draft" }).click();
    await expectText(page("senegal").getByTestId("expectation-status"), "Draft");
    await chair.getByRole("button", { name: "Put to consensus" }).click();
    await expectText(page("senegal").getByTestId("expectation-status"), "Put to consensus");
    await chair.getByRole("button", { name: "Close the call now" }).click();
    await expectText(chair.getByTestId("expectation-status"), "Agreed");

    const senegal = page("senegal");
    await senegal.getByRole("radio", { name: "Accepts with a national caveat" }).check();
    await senegal
      .getByRole("textbox", { name: "National caveat" })
      .fill("Only within the sector where its battalion deploys.");
    await senegal.getByRole("button", { name: "Record", exact: true }).click();
    for (const who of everyone) {
      await expectText(page(who).getByTestId("expectation-status"), "Agreed with reservations");
    }
    await expectText(chair.getByTestId("acceptances"), "Only within the sector");
    // South Sudan is not a T/PCC: it has nothing to record.
    expect(await page("southSudan").getByRole("button", { name: "Record", exact: true }).count()).toBe(0);
    await screenshot(chair, "chair-expectations");
  });

  it("the convergence view shows where constituencies stand, and the matrix with the caveat", async () => {
    const senegal = page("senegal");
    await senegal.getByRole("link", { name: "Convergence" }).click();
    await senegal.waitForURL("**/convergence");
    await expectText(senegal.getByTestId("leaning").first(), "The constituencies diverge.");
    await expectText(senegal.getByTestId("matrix"), "Senegal: reservation (Only within the sector");
    await expect.poll(() => senegal.getByTestId("convergence-item").count(), seen).toBe(5);
    await screenshot(senegal, "convergence");
  });
});
