import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";

const demoTitle = "Protection of civilians and political strategies";

describe("the demo in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("serves the client, which shows the demo consultation's title from the chair's link", async () => {
    const chairLink = server.app.demoLinks?.chair;
    expect(chairLink).toMatch(/\/join#/);
    const { context, page } = await openPerson(browser);
    await page.goto(chairLink ?? "");
    await page.getByRole("heading", { name: demoTitle }).waitFor();
    expect(await page.getByText("You are invited as Chair.").isVisible()).toBe(true);
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain("#");
    await screenshot(page, "join");

    await page.getByLabel("Your name").fill("Fodé Seck");
    await page.getByRole("button", { name: "Enter the room" }).click();
    await page.waitForURL("**/room");
    await page.getByRole("heading", { level: 1, name: demoTitle }).waitFor();
    const agenda = page.getByTestId("agenda").getByRole("listitem");
    await agenda.first().waitFor();
    expect(await agenda.count()).toBe(5);
    await page.locator('[data-status="online"]').waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, "chair-console-768");
    await context.close();
  });

  it("shows the start page and the operator's sign-in to someone without a session", async () => {
    const { context, page } = await openPerson(browser);
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Live consultations on peacekeeping" }).waitFor();
    expect(await page.getByText("open the invitation link you received").count()).toBe(1);
    await screenshot(page, "home");
    await page.getByRole("link", { name: /set up a consultation/ }).click();
    await page.getByLabel("Operator token").fill("not-the-operator-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The operator token is missing or wrong.").waitFor();
    await screenshot(page, "operator-sign-in");
    await page.goto(`${server.url}/room`);
    await page.getByRole("heading", { name: "You are not in the room" }).waitFor();
    await context.close();
  });
});
