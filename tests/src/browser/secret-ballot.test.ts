import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom, seen, waitOnline } from "./steps.js";

/**
 * A secret poll end to end in Chromium: ballots sealed in each delegate's page, a tracker each
 * delegation finds on the board, one device shared by two delegations, Egypt named a trustee (its
 * page publishes its key share, survives a reload and decrypts at close on its own), the chair's
 * key share surviving a reload and restored from its backup file, and "verified" in every page.
 */
describe("a secret ballot in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: Page;
  let egypt: Page;
  /** One laptop, used by Senegal and then by South Sudan. */
  let shared: Page;
  const question = "Should the mandate name a political strategy?";
  const link = (name: string) => server.app.demoLinks?.delegations.find((d) => d.name === name)?.url ?? "";
  const poll = (page: Page) => page.getByTestId("poll").filter({ hasText: question });
  const tracker = async (page: Page) => {
    await expectText(page.getByTestId("your-tracker"), "tracker on the board");
    return ((await page.getByTestId("your-tracker").textContent()) ?? "").match(/board: ([0-9a-f]{16})/)?.[1] ?? "";
  };
  const vote = async (page: Page, choice: string) => {
    await page.getByRole("tab", { name: "Polls" }).click();
    await poll(page).getByRole("radio", { name: choice, exact: true }).check();
    await poll(page).getByRole("button", { name: "Cast the ballot" }).click();
    return tracker(page);
  };

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    chair = (await openPerson(browser)).page;
    egypt = (await openPerson(browser)).page;
    shared = (await openPerson(browser)).page;
    await joinRoom(chair, server.app.demoLinks?.chair ?? "", "Fodé Seck");
    await joinRoom(egypt, link("Egypt"), "Amr Aboulatta");
    await joinRoom(shared, link("Senegal"), "Gorgui Ciss");
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("the chair prepares a secret poll; its browser publishes the chair's key share, then opens it", async () => {
    await chair.getByRole("button", { name: "Open the session" }).click();
    await chair.getByRole("button", { name: /^Open item: Political strategies/ }).click();
    await chair.getByRole("tab", { name: "Polls" }).click();
    await chair.getByText("Prepare a poll").click();
    await chair.getByLabel("Question", { exact: true }).fill(question);
    await chair.getByRole("checkbox", { name: "Secret ballot" }).check();
    await chair.getByTestId("poll-trustees").getByRole("checkbox", { name: "Egypt", exact: true }).check();
    await chair.getByRole("button", { name: "Prepare the poll" }).click();
    // The key shares are made and published by the chair's page and Egypt's page on their own.
    await expectText(poll(chair).getByTestId("trustee-key"), "This browser holds the chair's key share");
    await expect.poll(() => poll(chair).getByTestId("waiting-for-key").count(), seen).toBe(0);
    await egypt.getByRole("tab", { name: "Polls" }).click();
    await expectText(poll(egypt).getByTestId("trustee-key"), "holds your delegation's key share");
    await poll(chair).getByRole("button", { name: "Open the poll" }).click();
    await expectText(poll(chair), "Open for ballots");
  });

  it("a delegate's ballot is sealed in its page; it sees its tracker", async () => {
    const sealed = await vote(egypt, "Yes");
    expect(sealed).toMatch(/^[0-9a-f]{16}$/);
    await expectText(poll(egypt).getByRole("button", { name: "Change the ballot" }), "Change the ballot");
    await screenshot(egypt, "secret-ballot-delegate-tracker");
  });

  it("after sign-out, another delegation on the same browser finds no trace of the ballot and votes", async () => {
    const senegal = await vote(shared, "Yes");
    await shared.getByRole("button", { name: "Sign out" }).click();
    await shared.waitForURL((url) => !url.pathname.endsWith("/room"));
    const left = await shared.evaluate(() => Object.keys(localStorage).filter((k) => /tracker|ballot/.test(k)));
    expect(left).toEqual([]);

    await joinRoom(shared, link("South Sudan"), "Akuei Bona Malwal");
    await shared.getByRole("tab", { name: "Polls" }).click();
    await expectText(poll(shared), "Cast the ballot");
    expect(await poll(shared).getByTestId("your-tracker").count()).toBe(0);
    expect(await poll(shared).textContent()).not.toContain(senegal);
    await screenshot(shared, "secret-ballot-shared-device-next-delegation");
    const southSudan = await vote(shared, "No");
    expect(southSudan).not.toBe(senegal);
  });

  it("the chair's key share survives a reload, and a lost one is restored from its backup file", async () => {
    // Egypt, a trustee, reloads before close: its share stays in its page, under its delegate.
    await egypt.reload();
    await waitOnline(egypt);
    await egypt.getByRole("tab", { name: "Polls" }).click();
    await expectText(poll(egypt).getByTestId("trustee-key"), "holds your delegation's key share");
    await chair.reload();
    await waitOnline(chair);
    await chair.getByRole("tab", { name: "Polls" }).click();
    await expectText(poll(chair).getByTestId("trustee-key"), "This browser holds the chair's key share");

    // Saved to a file; then this browser's storage loses it.
    const [saved] = await Promise.all([
      chair.waitForEvent("download"),
      poll(chair).getByRole("button", { name: "Save the key share to a file" }).click(),
    ]);
    const backup = await saved.path();
    const file = readFileSync(backup, "utf8");
    expect(JSON.parse(file).format).toBe("trilogue-trustee-key-v1");
    await chair.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("trilogue.trustee.")) localStorage.removeItem(key);
    });
    await chair.reload();
    await waitOnline(chair);
    await chair.getByRole("tab", { name: "Polls" }).click();
    await expectText(poll(chair).getByTestId("trustee-key"), "does not hold the chair's key share");

    // Closed without the chair's share: the room waits, and shows no result.
    await poll(chair).getByRole("button", { name: "Close the poll" }).click();
    for (const page of [egypt, shared]) {
      // Egypt's page decrypts on its own; the chair's share is what the room waits for.
      await expect.poll(() => poll(page).getByTestId("waiting-for-trustee").count(), seen).toBe(1);
      await expectText(poll(page).getByTestId("waiting-for-trustee"), "Waiting for the decryption share of the chair");
      expect(await poll(page).locator("table").count()).toBe(0);
      // Turnout against those the decision rule lets vote, as the result will count them.
      await expectText(poll(page), "3 of 15 delegations have voted");
    }
    await screenshot(egypt, "secret-ballot-waiting-for-chair");

    // A file that is not this poll's key share is refused.
    await poll(chair)
      .getByLabel("Restore the key share from a file")
      .setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"format":"x"}') });
    await expectText(poll(chair).getByTestId("trustee-key-outcome"), "not the chair's key share");
    await poll(chair).getByLabel("Restore the key share from a file").setInputFiles(backup);
    await expectText(poll(chair), "Final results, by constituency");
  });

  it("every delegate's page checks the board and shows it verified, its own tracker marked", async () => {
    for (const page of [egypt, shared]) {
      await expectText(poll(page).getByTestId("board-check"), "Verified");
      await expectText(poll(page), "Final results, by constituency");
    }
    await expect.poll(() => poll(chair).getByTestId("waiting-for-trustee").count(), seen).toBe(0);
    const own = (await egypt.evaluate(
      () => Object.entries(localStorage).find(([k]) => k.startsWith("trilogue.tracker."))?.[1],
    )) as string;
    await poll(egypt).getByText("Bulletin board", { exact: true }).click();
    await expectText(poll(egypt).getByTestId("board-own-tracker"), own);
    await expectText(poll(egypt).getByTestId("board-summary"), "Ballots on the board: 3.");
    await expectText(poll(egypt).getByTestId("board-tracker"), own);
    await screenshot(egypt, "secret-ballot-verified");
    await screenshot(shared, "secret-ballot-verified-shared-device");
    await screenshot(chair, "secret-ballot-chair-tallied");

    // The verdict in the delegate's language.
    await egypt.getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
    await expectText(poll(egypt).getByTestId("board-check"), "تم التحقق");
    await screenshot(egypt, "secret-ballot-verified-arabic");
  });
});
