import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom, seen } from "./steps.js";

const overview = "The Working Group heard the Council, the T/PCCs and the host States on protection mandates.";

/** The secretary writes the overview, the chair finalises, a delegate downloads the final summary. */
describe("the chair's summary in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: Page;
  let secretary: Page;
  let delegate: Page;
  const summary = (page: Page): Locator => page.getByTestId("summary");

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    chair = (await openPerson(browser)).page;
    secretary = (await openPerson(browser)).page;
    delegate = (await openPerson(browser)).page;
    await joinRoom(chair, links?.chair ?? "", "Fodé Seck");
    await joinRoom(secretary, links?.secretary ?? "", "Ana Rapporteur");
    await joinRoom(delegate, links?.delegations.find((d) => d.name === "Egypt")?.url ?? "", "Amr Abdellatif Aboulatta");
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("tells a delegation the summary is on its way, with nothing to download yet", async () => {
    await expectText(summary(delegate), "being prepared");
    expect(await summary(delegate).getByRole("link").count()).toBe(0);
  });

  it("the secretary writes the overview and saves it; the chair reads it", async () => {
    await summary(secretary).getByLabel("Overview").fill(overview);
    await summary(secretary).getByRole("button", { name: "Save the draft" }).click();
    await expectText(summary(secretary).getByTestId("summary-status"), "revision 1");
    await expectText(summary(chair).getByTestId("summary-status"), "revision 1");
    await expectText(summary(chair).getByTestId("summary-overview"), overview);
  });

  it("the chair finalises it, after confirming", async () => {
    chair.once("dialog", (dialog) => void dialog.accept());
    await summary(chair)
      .getByRole("button", { name: /^Finalise the summary/ })
      .click();
    await expectText(summary(chair).getByTestId("summary-status"), "Final");
    await expect.poll(() => summary(secretary).getByLabel("Overview").count(), seen).toBe(0);
  });

  it("a delegate sees the digest, covered seq and hash, and downloads the Markdown", async () => {
    const digest = summary(delegate).getByTestId("summary-digest");
    await expect
      .poll(async () => ((await digest.count()) > 0 ? await digest.textContent() : ""), seen)
      .toMatch(/^[0-9a-f]{64}$/);
    const shown = (await digest.textContent()) ?? "";
    expect(await summary(delegate).getByTestId("summary-covered-hash").textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(await summary(delegate).getByTestId("summary-covered-seq").textContent())).toBeGreaterThan(0);
    // The demo consultation is under the Chatham House rule: no ballots CSV.
    expect(await summary(delegate).locator('a[data-format="csv"]').count()).toBe(0);
    const link = summary(delegate).getByRole("link", { name: "Download the summary as Markdown" });
    expect(await link.getAttribute("download")).not.toBeNull();
    const href = (await link.getAttribute("href")) ?? "";
    const markdown = await delegate.evaluate(async (url) => {
      const response = await fetch(url, { credentials: "same-origin" });
      return { status: response.status, text: await response.text() };
    }, href);
    expect(markdown.status).toBe(200);
    expect(markdown.text).toContain(overview);
    expect(markdown.text).toContain(shown);
    await screenshot(delegate, "summary-final-delegate");
  });
});
