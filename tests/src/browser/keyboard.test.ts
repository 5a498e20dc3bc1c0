import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { focusState, press, tabTo } from "./a11y-steps.js";
import { joinInLocale } from "./i18n-steps.js";
import { expectText, seen } from "./steps.js";

const question = "Should mandates lead with the political strategy?";
const statement = "Mandates must name the political strategy that protection serves.";

/**
 * A whole agenda item with the keyboard alone, on the demo consultation: Tab, Shift+Tab, Enter,
 * Space and the arrow keys, never a click. Every element the focus passes must show it. The chair
 * runs the item; Senegal asks for the floor, speaks, states a position and votes.
 */
describe("a full item by keyboard alone", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: Page;
  let senegal: Page;
  const heard = (page: Page, sentence: string) =>
    expect.poll(async () => (await page.getByTestId("announcer").textContent()) ?? "", seen).toContain(sentence);

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    const senegalLink = links?.delegations.find((d) => d.name === "Senegal")?.url ?? "";
    chair = (await joinInLocale(browser, links?.chair ?? "", "Fodé Seck", "en-GB")).page;
    senegal = (await joinInLocale(browser, senegalLink, "Gorgui Ciss", "en-GB")).page;
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("the chair opens the session and the first item; focus stays with the meeting's controls", async () => {
    await press(chair, chair.getByRole("button", { name: "Open the session" }));
    await expectText(senegal.locator(".room-header__meta"), "In session");
    // The pressed button gave way to "Suspend": focus moved there, not to the top of the page.
    await expect.poll(async () => (await focusState(chair)).name, seen).toBe("Suspend");
    await press(chair, chair.getByRole("button", { name: /^Open item: Political strategies/ }));
    await expectText(senegal.getByTestId("current-item-title"), "Political strategies and POC in mandate language");
    await heard(senegal, "Now under discussion: Political strategies and POC in mandate language");
  });

  it("the delegate asks for the floor and hears its place", async () => {
    await press(senegal, senegal.getByRole("button", { name: "Ask for the floor" }));
    await expectText(senegal.getByTestId("my-requests"), "Statement: number 1 of 1 on the list");
    // Now unavailable, the button keeps the focus (aria-disabled), so the delegate keeps their place.
    expect((await focusState(senegal)).name).toBe("Ask for the floor");
    expect(await senegal.getByRole("button", { name: "Ask for the floor" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("the chair gives the floor; the delegate's screen and its live region say so", async () => {
    await press(chair, chair.getByRole("button", { name: "Give the floor to Senegal" }).first());
    await senegal.getByTestId("you-have-the-floor").waitFor(seen);
    await heard(senegal, "Senegal has the floor.");
  });

  it("the delegate states a position: arrow keys choose the stance, Enter publishes", async () => {
    await tabTo(senegal, senegal.getByRole("radio", { name: "Supports", exact: true }));
    await senegal.keyboard.press("Space");
    await senegal.keyboard.press("ArrowDown");
    expect(await senegal.getByRole("radio", { name: "Supports with reservations" }).isChecked()).toBe(true);
    await tabTo(senegal, senegal.getByLabel("Statement (optional)"));
    await senegal.keyboard.type(statement);
    await press(senegal, senegal.getByRole("button", { name: "Publish the position" }));
    await expectText(chair.getByTestId("positions"), statement);
    await expectText(chair.getByTestId("positions"), "Supports with reservations");
  });

  it("the chair prepares and opens a poll: arrow keys between tabs, Enter on the disclosure", async () => {
    await tabTo(chair, chair.getByRole("tab", { name: "Positions" }));
    await chair.keyboard.press("ArrowRight");
    expect(await chair.getByRole("tab", { name: "Polls" }).getAttribute("aria-selected")).toBe("true");
    await press(chair, chair.locator("summary", { hasText: "Prepare a poll" }));
    await tabTo(chair, chair.getByLabel("Question", { exact: true }));
    await chair.keyboard.type(question);
    await press(chair, chair.getByRole("button", { name: "Prepare the poll" }));
    await press(chair, chair.getByRole("button", { name: "Open the poll" }));
    await heard(senegal, `A poll is open: ${question}`);
    // The opened poll's controls take the focus's place: "Close the poll" is now focused.
    await expect.poll(async () => (await focusState(chair)).name, seen).toBe("Close the poll");
  });

  it("the delegate votes: to the polls tab, Space on Yes, Enter on the ballot", async () => {
    await tabTo(senegal, senegal.getByRole("tab", { name: "Positions" }));
    await senegal.keyboard.press("ArrowRight");
    await tabTo(senegal, senegal.getByRole("radio", { name: "Yes", exact: true }));
    await senegal.keyboard.press("Space");
    await press(senegal, senegal.getByRole("button", { name: "Cast the ballot" }));
    await expectText(senegal.getByTestId("your-ballot"), "Yes");
    await screenshot(senegal, "delegate-keyboard-ballot");
  });

  it("the chair closes the poll, ends the turn and concludes the item", async () => {
    await press(chair, chair.getByRole("button", { name: "Close the poll" }));
    await expectText(senegal.getByTestId("poll"), "Final results, by constituency");
    await heard(senegal, `The poll is closed: ${question}`);
    await press(chair, chair.getByRole("button", { name: "End the turn" }));
    await heard(senegal, "The floor is free.");
    await tabTo(chair, chair.getByLabel("Chair's conclusion"));
    await chair.keyboard.type("Mandates should name the political strategy POC serves.");
    await press(chair, chair.getByRole("button", { name: "Conclude the item" }));
    await expectText(senegal.locator(".agenda--overview"), "Mandates should name the political strategy");
    await screenshot(chair, "chair-keyboard-concluded");
  });
});
