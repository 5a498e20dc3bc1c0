import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { limits } from "@trilogue/shared";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { ChairTrustee, castSealed } from "../decisions/secret-polls.js";
import {
  launchBrowser,
  openPerson,
  releaseBrowser,
  screenshot,
  screenshotDir,
  startAppServer,
} from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { blocking, runAxe } from "./a11y-steps.js";
import { expectNoText, expectText, joinRoom, waitOnline } from "./steps.js";

/** What shows without scrolling: the first viewport only, not the whole page. */
async function firstViewport(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Whether an element lies wholly inside the first viewport of a page scrolled to the top. */
async function inFirstViewport(page: Page, name: string | RegExp, role: "button" | "heading"): Promise<boolean> {
  const box = await page.getByRole(role, { name }).first().boundingBox();
  const viewport = page.viewportSize();
  return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
}

/**
 * The room display on the projector, opened with the link the chair issues: the floor, a secret
 * poll from question to withheld result, a consensus call and its outcome, the chair's message, a
 * named poll's ballots, suspension, the time between items and closing; and the chair's console at
 * 1280x800 with the floor controls in the first viewport.
 */
describe("the room display and the chair's console in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let room: Room;
  let chair: Page;
  let display: Page;
  let egypt: Page;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    // The chair's own client runs the meeting (live, the first item open); the chair's page reads it.
    room = await openRoom(server);
    ({ page: chair } = await openPerson(browser));
    await joinRoom(chair, server.app.demoLinks?.chair ?? "", "Fodé Seck");
    ({ page: egypt } = await openPerson(browser));
    const egyptLink = server.app.demoLinks?.delegations.find((d) => d.name === "Egypt")?.url ?? "";
    await joinRoom(egypt, egyptLink, "Ahmed Hassan");
  });
  afterAll(async () => {
    room?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("puts the floor controls in the chair's first viewport at 1280x800, closing apart below", async () => {
    const senegal = await room.delegate("Senegal");
    await senegal.must("floor:request", { kind: "speaker" });
    await chair
      .getByRole("button", { name: /^Give the floor to Senegal/ })
      .first()
      .waitFor();
    await chair.evaluate(() => window.scrollTo(0, 0));
    expect(await inFirstViewport(chair, /^Give the floor to Senegal/, "button")).toBe(true);
    expect(await inFirstViewport(chair, /^List of speakers/, "heading")).toBe(true);
    // Concluding and closing are further down, out of the way of the floor.
    expect(await inFirstViewport(chair, "Close the consultation", "button")).toBe(false);
    expect(await inFirstViewport(chair, "Conclude the item", "button")).toBe(false);
    // Nothing to finalise before the secretary has written anything.
    expect(await chair.getByRole("button", { name: /^Finalise the summary/ }).count()).toBe(0);
    await firstViewport(chair, "chair-console-first-viewport");
    // Once Senegal speaks, the time its constituencies used shows beside the console.
    await chair
      .getByRole("button", { name: /^Give the floor to Senegal/ })
      .first()
      .click();
    const used = chair.getByTestId("speaking-time");
    await expectText(used.getByRole("row", { name: /^Security Council/ }), "1");
    await expectText(used.getByRole("row", { name: /^T\/PCC/ }), "1");
  });

  it("issues a display link with its QR code; the projector opens it and shows the room", async () => {
    await chair.getByRole("button", { name: "Issue a display link" }).click();
    const link = chair.getByTestId("display-link").getByRole("link");
    await link.waitFor();
    const url = (await link.getAttribute("href")) ?? "";
    expect(url).toMatch(/\/display#[A-Za-z0-9_-]{16,}$/);
    await chair.getByRole("img", { name: "QR code of the display link" }).waitFor();
    // The projector's computer: its own browser, no session of its own before the link.
    ({ page: display } = await openPerson(browser, { width: 1920, height: 1080 }));
    await display.goto(url);
    await display.waitForURL((address) => address.pathname === "/display" && address.hash === "");
    await waitOnline(display);
    await expectText(display.getByTestId("display-item-title"), room.item.title);
    await expectText(display.getByTestId("display-speaker"), "Senegal");
    await screenshot(display, "room-display-floor");
  });

  it("shows a secret poll's question and turnout, then that its result is withheld for secrecy", async () => {
    const trustee = new ChairTrustee(server, room);
    const frame = await trustee.openSecretPoll({ question: "Should T/PCCs be consulted before any change?" });
    const poll = display.getByTestId("display-poll");
    await expectText(poll, "Should T/PCCs be consulted before any change?");
    await expectText(poll, "Secret ballot");
    await expectText(poll.getByTestId("display-turnout"), "0 of 15 delegations have voted");
    await castSealed(await room.delegate("Egypt"), frame, [0]);
    await castSealed(await room.delegate("France"), frame, [1]);
    await expectText(poll.getByTestId("display-turnout"), "2 of 15 delegations have voted");
    await screenshot(display, "room-display-secret-poll-open");
    // Two ballots are below the disclosure floor: nothing is decrypted, and the room is told why there is no result.
    await room.chair.must("poll:close", { pollId: frame.pollId });
    await expectText(poll.getByTestId("display-withheld"), "Result withheld to protect the secrecy of the ballot.");
    await screenshot(display, "room-display-secret-poll-withheld");
  });

  it("shows a consensus call with its deadline, then its outcome", async () => {
    const text = "The meeting takes note of the briefing by the Secretariat.";
    const call = await room.chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: room.item.id, text },
      durationSeconds: limits.minConsensusSeconds * 6,
    });
    const shown = display.getByTestId("display-call").filter({ hasText: text });
    await expectText(shown, "Put to consensus");
    await expectText(shown, "Objections close in");
    await expectText(shown, "No objection so far");
    await expect
      .poll(() => shown.getByTestId("display-call-deadline").textContent(), { timeout: 10_000 })
      .toMatch(/^Closes at \d{1,2}:\d\d.*(UTC|GMT)/);
    await screenshot(display, "room-display-consensus-open");
    await room.chair.must("consensus:close", { callId: call.id ?? "" });
    await expectText(shown.getByTestId("display-call-outcome"), "Adopted by consensus");
  });

  it("shows a silence procedure the chair starts from the console, with its deadline, then its outcome", async () => {
    const text = "Requests the Secretariat to brief T/PCCs before mandate renewals.";
    const { id: draftId } = await room.chair.must("draft:open", { itemId: room.item.id, title: "Elements" });
    const { id: paragraphId } = await room.chair.must("draft:add-paragraph", {
      draftId: draftId ?? "",
      kind: "operative",
      text,
    });
    await room.chair.must("draft:set-state", {
      paragraphId: paragraphId ?? "",
      baseVersion: 1,
      state: "agreed_ad_referendum",
    });
    const paragraph = chair.getByTestId("paragraph").filter({ hasText: text });
    await paragraph.getByLabel("Silence procedure for (minutes)").fill("2");
    await paragraph.getByRole("button", { name: "Start the silence procedure" }).click();
    const shown = display.getByTestId("display-call").filter({ hasText: text });
    await expectText(shown, "Silence procedure");
    await expectText(shown, "No objection so far");
    await expect
      .poll(() => shown.getByTestId("display-call-deadline").textContent(), { timeout: 10_000 })
      .toMatch(/^Silence is broken only before \d{1,2}:\d\d.*(UTC|GMT)/);
    // The deadline counts down from the two minutes the chair chose.
    await expect.poll(() => shown.locator(".display__timebox").textContent(), { timeout: 10_000 }).toMatch(/[12]:\d\d/);
    await screenshot(display, "room-display-silence-open");
    const call = Object.values(room.chair.replica.state?.consensusCalls ?? {}).find(
      (each) => each.status === "open" && each.text === text,
    );
    expect(call?.subject).toBe("paragraph");
    // Nobody broke silence: the chair closes it, and the room reads that the text is agreed.
    await room.chair.must("consensus:close", { callId: call?.id ?? "" });
    await expectText(shown.getByTestId("display-call-outcome"), "Silence kept: the text is agreed");
    await screenshot(display, "room-display-silence-kept");
  });

  it("shows the chair's message, put there from the console, and takes it off", async () => {
    await chair.getByLabel("Message for the room").fill("The meeting resumes after a short break at 15:30.");
    await chair.getByRole("button", { name: "Show the message" }).click();
    const content = display.getByTestId("display-chair-content");
    await expectText(content, "From the chair");
    await expectText(content, "The meeting resumes after a short break at 15:30.");
    await screenshot(display, "room-display-chair-message");
    await chair.getByRole("button", { name: "Take it off the display" }).click();
    await expect.poll(() => content.count(), { timeout: 10_000 }).toBe(0);
  });

  it("shows a named poll's ballots by delegation to the room, and the chair who has not voted", async () => {
    const { id } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Should the mission's civilian staff be increased?",
      kind: "yes_no_abstain",
      secret: false,
      resultsVisibility: "live",
    });
    await room.chair.must("poll:open", { pollId: id ?? "" });
    await (await room.delegate("Egypt")).must("ballot:cast", { pollId: id ?? "", choices: [0] });
    await (await room.delegate("Japan")).must("ballot:cast", { pollId: id ?? "", choices: [2] });
    const onDisplay = display.getByTestId("display-poll").getByTestId("poll-voters");
    await expectText(onDisplay, "Ballots by delegation");
    await expectText(onDisplay.getByRole("row", { name: /Egypt/ }), "Yes");
    await expectText(onDisplay.getByRole("row", { name: /Japan/ }), "Abstain");
    await screenshot(display, "room-display-named-poll");
    // The delegate sees it too; the chair also sees who is still to vote.
    await egypt.getByRole("tab", { name: /^Polls/ }).click();
    const forEgypt = egypt.getByTestId("poll").filter({ hasText: "civilian staff" }).getByTestId("poll-voters");
    await expectText(forEgypt.getByRole("row", { name: /Japan/ }), "Abstain");
    await chair.getByRole("tab", { name: /^Polls/ }).click();
    const forChair = chair.getByTestId("poll").filter({ hasText: "civilian staff" });
    await expectText(forChair.getByTestId("poll-not-voted"), "France");
    await expectNoText(forChair.getByTestId("poll-not-voted"), "Egypt");
    await screenshot(chair, "chair-named-poll-voters");
    await room.chair.must("poll:close", { pollId: id ?? "" });
  });

  it("tells the chair alone who has not voted when ballots show at close, the list shrinking as they vote", async () => {
    const question = "Should patrols be reported to the Council monthly?";
    const { id } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question,
      kind: "yes_no_abstain",
      secret: false,
      resultsVisibility: "on_close",
    });
    const pollId = id ?? "";
    await room.chair.must("poll:open", { pollId });
    const waiting = chair.getByTestId("poll").filter({ hasText: question }).getByTestId("poll-not-voted");
    await expectText(waiting, "Egypt");
    await expectText(waiting, "Japan");
    await (await room.delegate("Egypt")).must("ballot:cast", { pollId, choices: [0] });
    await expectNoText(waiting, "Egypt");
    await expectText(waiting, "Japan");
    await (await room.delegate("Japan")).must("ballot:cast", { pollId, choices: [1] });
    await expectNoText(waiting, "Japan");
    await expectText(waiting, "France");
    await screenshot(chair, "chair-hidden-poll-not-voted");
    // Egypt's screen and the display show the turnout only: no list, no ballots.
    const forEgypt = egypt.getByTestId("poll").filter({ hasText: question });
    await expectText(forEgypt, "2 of");
    expect(await forEgypt.getByTestId("poll-not-voted").count()).toBe(0);
    expect(await forEgypt.getByTestId("poll-voters").count()).toBe(0);
    expect(await display.getByTestId("poll-not-voted").count()).toBe(0);
    await room.chair.must("poll:close", { pollId });
    await expect.poll(() => waiting.count(), { timeout: 10_000 }).toBe(0);
  });

  it("says the meeting is suspended, then between items names the item concluded", async () => {
    await room.chair.must("consultation:set-status", { status: "suspended" });
    await expectText(display.getByTestId("display-state"), "The meeting is suspended.");
    await expectNoText(display.locator("main"), "The meeting will begin shortly.");
    await screenshot(display, "room-display-suspended");
    await room.chair.must("consultation:set-status", { status: "live" });
    await room.chair.must("agenda:conclude", { itemId: room.item.id, conclusion: "Noted with appreciation." });
    const between = display.getByTestId("display-between");
    await expectText(between, "No item is under discussion at the moment.");
    await expectText(between, "Item 1 concluded");
    await expectText(between.getByTestId("display-conclusion"), "Noted with appreciation.");
    // The delegate's screen says so too, and the item's polls stay readable.
    await expectText(egypt.getByTestId("item-concluded"), "Item 1 is concluded.");
    await egypt.getByRole("tab", { name: /^Polls/ }).click();
    await expectText(egypt.getByTestId("poll").filter({ hasText: "civilian staff" }), "Closed");
    await screenshot(display, "room-display-between-items");
    await screenshot(egypt, "delegate-between-items");
  });

  it("asks before reopening an item and keeps its conclusion", async () => {
    let asked = "";
    chair.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await chair.getByRole("button", { name: new RegExp(`^Reopen.*${room.item.title.slice(0, 20)}`) }).click();
    await expect.poll(() => asked, { timeout: 10_000 }).toContain("Its conclusion is kept");
    expect(room.chair.replica.state?.items[room.item.id]?.status).toBe("concluded");
  });

  it("says the meeting is closed, and the chair is offered no agenda change after closing", async () => {
    await room.chair.must("consultation:set-status", { status: "closed" });
    await expectText(display.getByTestId("display-state"), "The meeting is closed.");
    await expectNoText(display.locator("main"), "The meeting will begin shortly.");
    await screenshot(display, "room-display-closed");
    await expectText(chair.locator("main"), "This consultation is closed.");
    expect(await chair.getByRole("button", { name: /^Remove/ }).count()).toBe(0);
    expect(await chair.getByRole("button", { name: /^Reopen/ }).count()).toBe(0);
    expect(await chair.getByRole("button", { name: "Add the item" }).count()).toBe(0);
    await screenshot(chair, "chair-console-closed");
  });

  it("the display and the chair's console are clean for axe in English and Arabic", async () => {
    for (const [page, name] of [
      [display, "room-display"],
      [chair, "chair-console"],
    ] as const) {
      expect(blocking(await runAxe(page, `${name}-en`)), `${name} en`).toEqual([]);
      await page.getByLabel("Language").first().selectOption("ar");
      await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 10_000 }).toBe("rtl");
      if (page === display) {
        await expect.poll(() => page.locator("main").textContent(), { timeout: 10_000 }).toContain("رُفعت الجلسة");
      } else {
        await expect.poll(() => page.locator("main").textContent(), { timeout: 10_000 }).toContain("شاشة القاعة");
      }
      expect(blocking(await runAxe(page, `${name}-ar`)), `${name} ar`).toEqual([]);
      await screenshot(page, `${name}-arabic`);
    }
  });
});
