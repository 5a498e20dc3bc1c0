import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectSpeakers, expectText, joinRoom, seen } from "./steps.js";

/** Poor conference Wi-Fi: a delegate drops off while the chair acts, then comes back. */
describe("a delegate who goes offline catches up without a reload", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: Page;
  let senegal: Page;
  let senegalContext: BrowserContext;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    const senegalLink = links?.delegations.find((d) => d.name === "Senegal")?.url;
    if (!links || !senegalLink) throw new Error("the demo has no links");
    chair = (await openPerson(browser)).page;
    ({ context: senegalContext, page: senegal } = await openPerson(browser));
    await joinRoom(chair, links.chair, "Fodé Seck");
    await joinRoom(senegal, senegalLink, "Gorgui Ciss");
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("starts with the chair and Senegal on the first item", async () => {
    await chair.getByRole("button", { name: "Open the session" }).click();
    await chair.getByRole("button", { name: /^Open item: Political strategies/ }).click();
    await expectText(senegal.getByTestId("current-item-title"), "Political strategies");
  });

  it("shows it is offline, keeps its action waiting, and on return shows what it missed", async () => {
    // Mark the document so a reload would be noticed.
    await senegal.evaluate(() => document.body.setAttribute("data-no-reload", "yes"));
    await senegalContext.setOffline(true);
    await senegal.locator('.room-header [data-status="offline"]').waitFor();
    await expectText(senegal.locator(".room-header .connection"), "Offline");

    // The chair moves on while Senegal is away.
    await chair.getByLabel("Chair's conclusion").fill("Political strategy comes first.");
    await chair.getByRole("button", { name: "Conclude the item" }).click();
    await chair.getByRole("button", { name: /^Open item: Expectations of the host State/ }).click();
    await expectText(chair.getByTestId("current-item-title"), "Expectations of the host State");

    // Senegal still sees the old item and asks for the floor: the action waits, and says so.
    await expectText(senegal.getByTestId("current-item-title"), "Political strategies");
    await senegal.getByRole("button", { name: "Ask for the floor" }).click();
    await expectText(senegal.locator(".floor-controls"), "Waiting for the connection");
    await screenshot(senegal, "delegate-offline");

    await senegalContext.setOffline(false);
    await senegal.locator('.room-header [data-status="online"]').waitFor({ timeout: 15_000 });
    await expectText(senegal.getByTestId("current-item-title"), "Expectations of the host State");
    await expectText(senegal.locator(".agenda--overview"), "Political strategy comes first.");
    // The waiting request went out once, with its key, on the item now under discussion.
    await expectText(senegal.getByTestId("my-requests"), "Statement: number 1 of 1 on the list");
    await expectSpeakers(chair, ["Senegal"]);
    expect(await senegal.evaluate(() => document.body.getAttribute("data-no-reload"))).toBe("yes");
  });

  it("keeps following live events after the return", async () => {
    await chair.getByRole("button", { name: "Give the floor to Senegal" }).first().click();
    await senegal.getByTestId("you-have-the-floor").waitFor(seen);
  });
});
