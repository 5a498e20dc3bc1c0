import { templateFor } from "@trilogue/shared";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { type AxeFinding, blocking, runAxe } from "./a11y-steps.js";
import { type ApiConsultation, createConsultationByApi, joinInLocale, tr } from "./i18n-steps.js";
import { bringRoomToLife, type RoomDrivers } from "./room-drivers.js";
import { expectText, seen, waitOnline } from "./steps.js";

type Screen = "operator" | "join" | "chair" | "delegate" | "display" | "convergence";
const screens: Screen[] = ["operator", "join", "chair", "delegate", "display", "convergence"];
const arabicQuestion = "هل ينبغي أن تبدأ الولايات بالاستراتيجية السياسية؟";

/** Where the page stands: its language and direction as `<html>` says. */
const htmlLangDir = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as const);

/** Fails with the findings themselves, so a report names the rule and the element. */
function expectNoBlocking(findings: AxeFinding[], where: string) {
  expect(blocking(findings), `${where}: ${JSON.stringify(blocking(findings), null, 2)}`).toEqual([]);
}

/**
 * The six languages and WCAG 2.2 AA in Chromium: axe on every screen in English and Arabic, the
 * page mirrored in Arabic, the working language's agenda, the live announcements, and
 * screenshots of the chair's console and the delegate view in Arabic and Chinese.
 */
describe("languages and accessibility in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let room: ApiConsultation;
  let drivers: RoomDrivers;
  const pages = new Map<Screen, Page>();
  const page = (screen: Screen): Page => {
    const found = pages.get(screen);
    if (!found) throw new Error(`no ${screen} page`);
    return found;
  };

  beforeAll(async () => {
    database = await createTestDatabase("pglite", { demo: false });
    server = await startAppServer(database, { DEMO: "false" });
    browser = await launchBrowser();
    room = await createConsultationByApi(server, "ar");
    drivers = await bringRoomToLife(server, room, arabicQuestion);
  });
  afterAll(async () => {
    drivers?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("opens every screen in an English browser; the agenda is in the consultation's working language", async () => {
    const chair = await joinInLocale(browser, await room.link("chair"), "Fodé Seck", "en-GB");
    const delegate = await joinInLocale(browser, await room.link("delegate", "Senegal"), "Mame Diarra Fall", "en-GB");
    pages.set("chair", chair.page);
    pages.set("delegate", delegate.page);
    expect(await htmlLangDir(chair.page)).toEqual(["en", "ltr"]);
    const arabicAgenda = templateFor("ar");
    await expectText(chair.page.getByTestId("current-item-title"), arabicAgenda.items[0]?.title ?? "?");
    await expectText(delegate.page.locator(".current-item__question"), arabicAgenda.items[0]?.question ?? "?");
    // Arabic text keeps its own direction inside the English page.
    expect(await chair.page.getByTestId("current-item-title").getAttribute("dir")).toBe("auto");

    const display = await chair.context.newPage();
    await display.goto(`${server.url}/display`);
    await waitOnline(display);
    pages.set("display", display);
    const convergence = await delegate.context.newPage();
    await convergence.goto(`${server.url}/convergence`);
    await convergence.getByTestId("convergence-item").first().waitFor();
    pages.set("convergence", convergence);

    const operator = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    pages.set("operator", await operator.newPage());
    await signInAsOperator(page("operator"));

    const visitor = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    pages.set("join", await visitor.newPage());
    await openInvitation(page("join"), await room.link("delegate", "South Sudan"));
  });

  it("axe finds no serious or critical violation on any screen in English", async () => {
    for (const screen of screens) expectNoBlocking(await runAxe(page(screen), `${screen}-en`), `${screen} (en)`);
  });

  it("turns the interface to Arabic from the picker: right to left, mirrored, kept across a reload", async () => {
    const chair = page("chair");
    await chair.getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
    // Arabic's strings are a chunk of their own, fetched when chosen: the page turns once they are in.
    await expect.poll(() => htmlLangDir(chair), seen).toEqual(["ar", "rtl"]);
    await chair.reload();
    await waitOnline(chair);
    expect(await htmlLangDir(chair)).toEqual(["ar", "rtl"]);
    await chair.getByRole("main", { name: tr("ar", "chair.console") }).waitFor();
    // The agenda column, first in reading order, now stands on the right.
    const agenda = await chair.locator(".console__column--agenda").boundingBox();
    const main = await chair.locator(".console__column--main").boundingBox();
    expect(agenda && main && agenda.x > main.x).toBe(true);

    for (const screen of ["delegate", "operator", "join"] as const) {
      await page(screen).getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
      await expect.poll(() => htmlLangDir(page(screen)), seen).toEqual(["ar", "rtl"]);
    }
    const delegateMain = await page("delegate").locator(".console__column--main").boundingBox();
    const delegateSide = await page("delegate").locator(".console__column--side").boundingBox();
    expect(delegateMain && delegateSide && delegateMain.x > delegateSide.x).toBe(true);
    // Other tabs of the same browser take the stored choice when they load.
    for (const screen of ["display", "convergence"] as const) {
      await page(screen).reload();
      await waitOnline(page(screen));
      expect(await htmlLangDir(page(screen))).toEqual(["ar", "rtl"]);
    }
    await openInvitation(page("join"), await room.link("delegate", "South Sudan"));
    await page("join").getByText(tr("ar", "join.nameLabel")).waitFor();
    await expectText(page("operator").locator("#create-heading"), tr("ar", "operator.create.title"));
  });

  it("axe finds no serious or critical violation on any screen in Arabic", async () => {
    for (const screen of screens) expectNoBlocking(await runAxe(page(screen), `${screen}-ar`), `${screen} (ar)`);
    // Done with the officer and the visitor: fewer pages keep the two shared cores free.
    for (const screen of ["operator", "join"] as const) await page(screen).context().close();
  });

  it("announces who has the floor, polls, consensus calls; the countdown speaks only at 30 seconds", async () => {
    const delegate = page("delegate");
    const log = delegate.getByTestId("announcer");
    const heard = async (sentence: string) =>
      expect.poll(async () => (await log.textContent()) ?? "", seen).toContain(sentence);
    await drivers.chair.must("floor:end-turn", {});
    await heard(tr("ar", "floor.announceNobody"));
    await drivers.chair.must("floor:give", {});
    await heard(tr("ar", "floor.announce", { delegation: "South Sudan" }));
    await drivers.chair.must("poll:close", { pollId: drivers.pollId });
    await heard(tr("ar", "polls.announce.closed", { question: arabicQuestion }));
    const text = "ينبغي أن تتصدر الاستراتيجية السياسية ولايات حماية المدنيين.";
    await drivers.chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: drivers.item.id, text },
      durationSeconds: 300,
    });
    await heard(tr("ar", "consensus.announceOpen", { text }));
    // Council members decide (the default rule): Senegal, on the Council, may block.
    await drivers.senegal.must("consensus:object", { callId: await openCallId(drivers), reason: "Not consulted." });
    await heard(tr("ar", "consensus.announceObjection", { delegation: "Senegal" }));

    // Timers are never live regions; the speaker's countdown says one sentence at 30 seconds.
    for (const timer of await delegate.getByRole("timer").all()) {
      expect(await timer.getAttribute("aria-live")).toBe("off");
      expect(await timer.evaluate((el) => el.closest('[aria-live]:not([aria-live="off"])'))).toBeNull();
    }
    await drivers.chair.must("agenda:set-speaking-time", { itemId: drivers.item.id, speakingTimeSeconds: 34 });
    await drivers.chair.must("floor:end-turn", {});
    await drivers.chair.must("floor:give", {});
    await heard(tr("ar", "floor.announce", { delegation: "Senegal" }));
    await expect
      .poll(async () => (await log.textContent()) ?? "", { timeout: 15_000, interval: 250 })
      .toContain(tr("ar", "countdown.speakingSoon"));
    await delegate.waitForTimeout(2500);
    const said = (await log.locator("p").allTextContents()).filter((p) => p === tr("ar", "countdown.speakingSoon"));
    expect(said).toHaveLength(1);
  });

  it("writes screenshots of the chair's console and the delegate view in Arabic", async () => {
    await drivers.chair.must("agenda:set-speaking-time", { itemId: drivers.item.id, speakingTimeSeconds: 300 });
    await drivers.chair.must("floor:set-time", { speakingTimeSeconds: 300 });
    await page("chair")
      .getByRole("tab", { name: tr("ar", "decisions.polls") })
      .click();
    await screenshot(page("chair"), "chair-console-ar");
    await screenshot(page("delegate"), "delegate-view-ar");
    await screenshot(page("display"), "room-display-ar");
    await page("display").close();
    await page("convergence").reload();
    await waitOnline(page("convergence"));
    await page("convergence").getByTestId("leaning").first().waitFor(seen);
    await screenshot(page("convergence"), "convergence-ar");
    await page("convergence").close();
  });

  it("in a Chinese browser: Chinese by default, a Chinese agenda, no serious violation, screenshots", async () => {
    for (const screen of ["chair", "delegate"] as const) await page(screen).context().close();
    const chinese = await createConsultationByApi(server, "zh");
    const zhDrivers = await bringRoomToLife(server, chinese, "任务规定是否应以政治战略为先？");
    try {
      const chair = await joinInLocale(browser, await chinese.link("chair"), "Fodé Seck", "zh-CN");
      const delegate = await joinInLocale(
        browser,
        await chinese.link("delegate", "Senegal"),
        "Mame Diarra Fall",
        "zh-CN",
      );
      for (const opened of [chair.page, delegate.page]) {
        expect(await htmlLangDir(opened)).toEqual(["zh", "ltr"]);
        await expectText(opened.getByTestId("current-item-title"), templateFor("zh").items[0]?.title ?? "?");
      }
      await chair.page.getByRole("main", { name: tr("zh", "chair.console") }).waitFor();
      expectNoBlocking(await runAxe(chair.page, "chair-zh"), "chair (zh)");
      expectNoBlocking(await runAxe(delegate.page, "delegate-zh"), "delegate (zh)");
      await screenshot(chair.page, "chair-console-zh");
      await screenshot(delegate.page, "delegate-view-zh");
    } finally {
      zhDrivers.close();
    }
  });

  /** The id of the consensus call open on the item, as the chair's socket sees it. */
  async function openCallId(room: RoomDrivers): Promise<string> {
    await expect.poll(() => Object.values(room.chair.replica.state?.consensusCalls ?? {}).length, seen).toBe(1);
    return Object.values(room.chair.replica.state?.consensusCalls ?? {})[0]?.id ?? "";
  }

  /** Signs the conference officer in by keyboard and selects the consultation. */
  async function signInAsOperator(operator: Page) {
    await operator.goto(`${server.url}/operator`);
    await operator.locator('input[type="password"]').focus();
    await operator.keyboard.type(server.operatorToken);
    await operator.keyboard.press("Enter");
    await operator.locator(".choice").first().click();
    await operator.getByTestId("delegations").waitFor();
  }

  /** Opens an invitation link and waits for its greeting, without joining. */
  async function openInvitation(visitor: Page, link: string) {
    await visitor.goto(link);
    await visitor.locator("h1.join__title").waitFor();
  }
});
