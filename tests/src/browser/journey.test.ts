import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import {
  createConsultation,
  expectMemberStatePicker,
  issuedLink,
  registerBody,
  registerMemberState,
  signInOperator,
} from "./operator-steps.js";
import { countdownSeconds, expectNoText, expectSpeakers, expectText, joinRoom, seen, waitOnline } from "./steps.js";

const title = "POC dialogue: South Sudan and the troop contributors";
const firstQuestion = "How can the Security Council better reflect the effective linkages";

/**
 * One consultation from setup to a concluded item, in separate browser contexts: the operator,
 * the chair, Senegal (Council member and T/PCC) and South Sudan (host State).
 */
describe("an end-to-end consultation in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  const pages: Record<"operator" | "chair" | "senegal" | "southSudan" | "display", Page | undefined> = {
    operator: undefined,
    chair: undefined,
    senegal: undefined,
    southSudan: undefined,
    display: undefined,
  };
  const page = (who: keyof typeof pages): Page => {
    const found = pages[who];
    if (!found) throw new Error(`${who} has no page yet`);
    return found;
  };
  const links: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase("pglite", { demo: false });
    server = await startAppServer(database, { DEMO: "false" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("the operator creates the consultation, registers delegations and issues links", async () => {
    pages.operator = (await openPerson(browser)).page;
    const operator = page("operator");
    await signInOperator(operator, server.url, server.operatorToken);
    await createConsultation(operator, title);
    await expectMemberStatePicker(operator);
    await registerMemberState(operator, "Senegal", ["Security Council", "Troop- or police-contributing country"]);
    await registerMemberState(operator, "South Sudan", ["Host State"]);
    await registerBody(operator, "Secretariat department", "Department of Peace Operations (DPO)");
    await expectText(operator.getByTestId("delegations"), "Department of Peace Operations");

    await operator.getByRole("button", { name: "New link: Chair" }).click();
    await operator.getByRole("button", { name: "Issue links for every delegation without one" }).click();
    await expect.poll(() => operator.getByTestId("issued-links").locator("tbody tr").count(), seen).toBe(4);
    links.chair = await issuedLink(operator, "Chair");
    links.senegal = await issuedLink(operator, "Senegal");
    links.southSudan = await issuedLink(operator, "South Sudan");
    for (const link of Object.values(links)) expect(link).toMatch(new RegExp(`^${server.url}/join#`));

    // A link issued by mistake is revoked, and no longer opens the room.
    await operator.getByRole("button", { name: "New link: Observer" }).click();
    const observerLink = await issuedLink(operator, "Observer");
    await operator.getByText(/invitations on record/).click();
    operator.once("dialog", (dialog) => void dialog.accept());
    await operator.getByRole("button", { name: "Revoke the link for Observer" }).click();
    await expectText(operator.getByTestId("all-invitations"), "Revoked");
    await screenshot(operator, "operator-setup");
    const stranger = await openPerson(browser);
    await stranger.page.goto(observerLink);
    await stranger.page.getByRole("heading", { name: "This invitation cannot be used" }).waitFor();
    await expectText(stranger.page.locator("main"), "revoked");
    await stranger.context.close();
  });

  it("the chair and both delegations join; the chair sees who is present", async () => {
    pages.chair = (await openPerson(browser)).page;
    pages.senegal = (await openPerson(browser)).page;
    pages.southSudan = (await openPerson(browser, { width: 768, height: 1024 })).page;
    await joinRoom(page("chair"), links.chair ?? "", "Fodé Seck");
    await joinRoom(page("senegal"), links.senegal ?? "", "Gorgui Ciss");
    await joinRoom(page("southSudan"), links.southSudan ?? "", "Akuei Bona Malwal");

    const presence = page("chair").getByTestId("presence");
    await expect.poll(() => presence.locator('[data-state="online"]').count(), seen).toBe(2);
    await expectText(presence.locator('[data-state="online"]').first(), "Senegal");
    await expectText(page("chair").locator("main"), "2 of 3 delegations connected");
    await expectText(page("senegal").getByRole("heading", { level: 1 }), title);
  });

  it("the chair opens the session and the first item; delegations see its question", async () => {
    const chair = page("chair");
    await chair.getByRole("button", { name: "Open the session" }).click();
    for (const who of ["senegal", "southSudan"] as const) {
      await expectText(page(who).locator(".room-header__meta"), "In session");
    }
    await chair.getByRole("button", { name: /^Open item: Political strategies/ }).click();
    for (const who of ["chair", "senegal", "southSudan"] as const) {
      await expectText(page(who).getByTestId("current-item-title"), "Political strategies and POC in mandate language");
      await expectText(page(who).locator(".current-item__question"), firstQuestion);
    }
  });

  it("delegations ask for the floor; a point of order goes first; each sees its place", async () => {
    const senegal = page("senegal");
    const southSudan = page("southSudan");
    await senegal.getByRole("button", { name: "Ask for the floor" }).click();
    await expectText(senegal.getByTestId("my-requests"), "Statement: number 1 of 1 on the list");
    await expectSpeakers(page("chair"), ["Senegal"]);

    await southSudan.getByRole("button", { name: "Point of order" }).click();
    await expectText(southSudan.getByTestId("my-requests"), "Point of order: number 1 of 2 on the list");
    await expectText(senegal.getByTestId("my-requests"), "Statement: number 2 of 2 on the list");
    for (const who of ["chair", "senegal", "southSudan"] as const) {
      await expectSpeakers(page(who), ["South Sudan", "Senegal"]);
    }
    await screenshot(page("chair"), "chair-console");
  });

  it("the chair gives the floor; every screen and the room display show the speaker and the countdown", async () => {
    const chair = page("chair");
    pages.display = await chair.context().newPage();
    const display = page("display");
    await display.setViewportSize({ width: 1280, height: 800 });
    await display.goto(`${server.url}/display`);
    await waitOnline(display);

    await chair.getByRole("button", { name: "Give the floor to South Sudan" }).first().click();
    await page("southSudan").getByTestId("you-have-the-floor").waitFor();
    for (const who of ["chair", "senegal"] as const) await expectText(page(who).getByTestId("speaker"), "South Sudan");
    await expectText(display.getByTestId("display-speaker"), "South Sudan");
    await expectSpeakers(page("senegal"), ["Senegal"]);
    await screenshot(page("southSudan"), "delegate-host-state-768");

    await chair.getByRole("button", { name: "End the turn" }).click();
    await expectText(page("senegal").locator(".speaker"), "Nobody has the floor.");
    await chair.getByRole("button", { name: "Give the floor to Senegal" }).first().click();
    await page("senegal").getByTestId("you-have-the-floor").waitFor();
    const timer = page("senegal").getByRole("timer").last();
    const first = await countdownSeconds(timer);
    expect(first).toBeGreaterThan(60);
    await expect.poll(() => countdownSeconds(timer), seen).toBeLessThan(first);
    await expectText(display.getByTestId("display-speaker"), "Senegal");
    await expectText(display.getByTestId("display-item-title"), "Political strategies");
    await screenshot(page("senegal"), "delegate-view");
    await screenshot(display, "room-display");
  });

  it("the chair concludes the item; the conclusion reaches the delegations", async () => {
    const chair = page("chair");
    await chair.getByLabel("Chair's conclusion").fill("Mandates should name the political strategy POC serves.");
    await chair.getByRole("button", { name: "Conclude the item" }).click();
    for (const who of ["senegal", "southSudan"] as const) {
      await expectText(page(who).locator(".agenda--overview"), "Mandates should name the political strategy");
      // Screens say the item is concluded, with its conclusion, rather than that none has begun.
      await expectText(page(who).locator(".current-item"), "Item 1 is concluded.");
      await expectText(page(who).locator(".current-item"), "Mandates should name the political strategy");
    }
    await expectText(page("display").locator(".display"), "No item is under discussion at the moment.");
    await expectNoText(page("display").locator(".display"), "The meeting will begin shortly.");
  });

  it("the operator revokes a link in use; that person is signed out at once", async () => {
    const operator = page("operator");
    operator.once("dialog", (dialog) => void dialog.accept());
    await operator.getByRole("button", { name: "Revoke the link for South Sudan" }).click();
    const southSudan = page("southSudan");
    await southSudan.getByRole("heading", { name: "You are not in the room" }).waitFor(seen);
    await expectText(southSudan.locator("main"), "revoked");
  });
});
