import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchBrowser,
  openPerson,
  releaseBrowser,
  screenshot,
  screenshotDir,
  startAppServer,
} from "../support/browser.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { blocking, runAxe } from "./a11y-steps.js";
import { expectText, joinRoom } from "./steps.js";

/** What overflows sideways: the page itself, or any table (a hidden column behind an inner scroll). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = Array.from(document.querySelectorAll<HTMLElement>("table, .table-scroll, [role=tablist]"))
      .filter((element) => element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}>${element.clientWidth}: ${(element.textContent ?? "").slice(0, 50)}`,
      );
    return { page: root.scrollWidth > root.clientWidth ? `${root.scrollWidth}>${root.clientWidth}` : null, wide };
  });
}

/** How many rows a tab bar takes (by the distinct tops of its tabs). */
function tabRows(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("[role=tablist]"))
      .filter((list) => (list as HTMLElement).offsetParent !== null)
      .map(
        (list) =>
          new Set(
            Array.from(list.querySelectorAll("[role=tab]")).map((tab) => Math.round(tab.getBoundingClientRect().top)),
          ).size,
      ),
  );
}

type Box = { x: number; y: number; width: number; height: number } | null;

/** Whether two boxes on screen share any area. */
function overlaps(a: Box, b: Box): boolean {
  if (!a || !b) throw new Error("an element has no box");
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A delegate on a 390x844 phone does everything, with no column hidden and nothing wider than the screen. */
describe("a delegate on a phone", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let phone: Page;
  const drivers: TestClient[] = [];
  let pollId = "";

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    if (!links) throw new Error("no demo");
    const connect = async (link: string, name: string) => {
      const client = await TestClient.connect(server.url, (await join(server.url, link, name)).cookie);
      drivers.push(client);
      return client;
    };
    const chair = await connect(links.chair, "Fodé Seck");
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    const itemId = first?.id ?? "";
    await chair.must("agenda:open", { itemId });
    const link = (name: string) => links.delegations.find((d) => d.name === name)?.url ?? "";
    const egypt = await connect(link("Egypt"), "Amr Aboulatta");
    await egypt.must("position:publish", { itemId, stance: "supports", statement: "A political strategy first." });
    const southSudan = await connect(link("South Sudan"), "Akuei Bona Malwal");
    await southSudan.must("position:publish", { itemId, stance: "opposes", statement: "Host-State consent first." });
    const poll = await chair.must("poll:create", {
      itemId,
      question: "Should mandates lead with the political strategy?",
      kind: "yes_no_abstain",
    });
    pollId = poll.id ?? "";
    await chair.must("poll:open", { pollId });
    await egypt.must("ballot:cast", { pollId, choices: [0] });

    ({ page: phone } = await openPerson(browser, { width: 390, height: 844 }));
    await joinRoom(phone, link("Senegal"), "Gorgui Ciss");
  });
  afterAll(async () => {
    for (const driver of drivers) driver.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("sees the meeting without a header filling the screen or tabs wrapping", async () => {
    await screenshot(phone, "phone-room-top");
    const header = await phone.locator("header").first().boundingBox();
    // A quarter of the screen at most (it took more than a third before).
    expect(header?.height ?? 0).toBeLessThan(844 / 4);
    for (const rows of await tabRows(phone)) expect(rows).toBeLessThanOrEqual(2);
    expect(await overflow(phone)).toEqual({ page: null, wide: [] });
  });

  it("sees the open poll's notice in its own space: it hides neither the first control nor the ballot", async () => {
    const notice = phone.getByTestId("attention-notice").first();
    await expectText(notice, "Should mandates lead with the political strategy?");
    await phone.evaluate(() => window.scrollTo(0, 0));
    const firstControl = phone.locator("main").locator("button:visible, input:visible, textarea:visible").first();
    expect(overlaps(await notice.boundingBox(), await firstControl.boundingBox())).toBe(false);
    await phone.screenshot({ path: `${screenshotDir}/phone-attention-top.png` });
    // The ballot the notice asks for, scrolled into view: clear of the notice, which stays in view.
    await phone.getByRole("tab", { name: /Polls/ }).click();
    const yes = phone.getByRole("radio", { name: "Yes", exact: true });
    const cast = phone.getByRole("button", { name: "Cast the ballot" });
    await yes.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const noticeBox = await notice.boundingBox();
    expect(overlaps(noticeBox, await yes.boundingBox())).toBe(false);
    expect(overlaps(noticeBox, await cast.boundingBox())).toBe(false);
    expect(noticeBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((noticeBox?.y ?? 0) + (noticeBox?.height ?? 0)).toBeLessThanOrEqual(844);
    await phone.screenshot({ path: `${screenshotDir}/phone-attention-ballot.png` });
    expect(await overflow(phone)).toEqual({ page: null, wide: [] });
    await phone.getByRole("tab", { name: /Positions/ }).click();
    await phone.evaluate(() => window.scrollTo(0, 0));
  });

  it("publishes a position and reads everyone's, with no column hidden", async () => {
    await phone.getByRole("radio", { name: "Supports with reservations", exact: true }).check();
    await phone.getByLabel("Statement (optional)").fill("Resources must follow the mandate.");
    await phone.getByRole("button", { name: "Publish the position" }).click();
    await expectText(phone.getByTestId("positions"), "Resources must follow the mandate.");
    await screenshot(phone, "phone-positions");
    await phone.getByTestId("positions").screenshot({ path: `${screenshotDir}/phone-positions-table.png` });
    expect(await overflow(phone)).toEqual({ page: null, wide: [] });
  });

  it("casts the delegation's ballot and reads the results by constituency", async () => {
    await phone.getByRole("tab", { name: /Polls/ }).click();
    await phone.getByRole("radio", { name: "Yes", exact: true }).check();
    await phone.getByRole("button", { name: "Cast the ballot" }).click();
    await expectText(phone.getByTestId("your-ballot"), "Yes");
    await screenshot(phone, "phone-poll");
    await phone
      .getByTestId("poll")
      .first()
      .screenshot({ path: `${screenshotDir}/phone-poll-table.png` });
    expect(await overflow(phone)).toEqual({ page: null, wide: [] });
    expect(blocking(await runAxe(phone, "phone-poll"))).toEqual([]);
  });

  it("in Arabic too: nothing wider than the screen, and axe finds nothing blocking", async () => {
    await phone.getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
    await expect.poll(() => phone.locator("html").getAttribute("dir")).toBe("rtl");
    await screenshot(phone, "phone-poll-arabic");
    expect(await overflow(phone)).toEqual({ page: null, wide: [] });
    expect(blocking(await runAxe(phone, "phone-poll-arabic"))).toEqual([]);
  });
});
