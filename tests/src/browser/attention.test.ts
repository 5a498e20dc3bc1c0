import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { blocking, runAxe } from "./a11y-steps.js";
import { expectText, joinRoom, seen } from "./steps.js";

/** Whether an element lies wholly inside the viewport, without the page having scrolled. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  await locator.waitFor(seen);
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/**
 * What is asked of a delegation reaches it where it is: a delegate at the top of the page sees a
 * poll, a consensus call and a silence procedure appear inside the viewport, and answers each from
 * its notice with the keyboard alone.
 */
describe("a delegation cannot miss what the room asks of it", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: TestClient;
  let senegal: Page;
  let itemId = "";
  const notice = (kind: string) => senegal.locator(`[data-testid="attention-notice"][data-kind="${kind}"]`);
  const atTop = () => senegal.evaluate(() => window.scrollY);

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    const { cookie } = await join(server.url, links?.chair ?? "", "Fodé Seck");
    chair = await TestClient.connect(server.url, cookie);
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    itemId = first?.id ?? "";
    await chair.must("agenda:open", { itemId });
    ({ page: senegal } = await openPerson(browser));
    await joinRoom(senegal, links?.delegations.find((d) => d.name === "Senegal")?.url ?? "", "Gorgui Ciss");
    await senegal.getByTestId("current-item-title").waitFor();
    await senegal.evaluate(() => window.scrollTo(0, 0));
  });
  afterAll(async () => {
    chair?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("a poll opens: the notice appears in view and the delegate votes from it by keyboard", async () => {
    const poll = await chair.must("poll:create", {
      itemId,
      question: "Lead mandates with the political strategy?",
      kind: "yes_no_abstain",
    });
    await chair.must("poll:open", { pollId: poll.id ?? "" });
    expect(await inViewport(senegal, notice("poll"))).toBe(true);
    await expectText(notice("poll"), "Lead mandates with the political strategy?");
    expect(await atTop()).toBe(0);
    await expectText(senegal.getByTestId("announcer"), "Lead mandates with the political strategy?");
    await screenshot(senegal, "attention-poll-notice");

    await senegal.keyboard.press("Alt+Shift+A");
    await expect.poll(() => senegal.evaluate(() => document.activeElement?.textContent), seen).toBe("Vote");
    await senegal.keyboard.press("Enter");
    // The first choice has the focus: Space picks it, Tab reaches "Cast the ballot".
    await expect.poll(() => senegal.evaluate(() => document.activeElement?.getAttribute("type")), seen).toBe("radio");
    await senegal.keyboard.press("Space");
    await senegal.keyboard.press("Tab");
    await senegal.keyboard.press("Enter");
    await expectText(notice("poll").getByTestId("your-ballot"), "Yes");
    await eventually(() => chair.replica.state?.pollTurnouts[poll.id ?? ""]?.turnout.overall === 1);
    await expectText(notice("poll"), "Your delegation has answered");
    await notice("poll").getByRole("button", { name: "Close" }).press("Enter");
    await expect.poll(() => notice("poll").count(), seen).toBe(0);
  });

  it("a call for consensus with under a minute: in view with its countdown; the delegate lets it pass", async () => {
    await chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId, text: "Mandates should lead with the political strategy." },
      durationSeconds: 50,
    });
    expect(await inViewport(senegal, notice("consensus"))).toBe(true);
    expect(await inViewport(senegal, notice("consensus").getByRole("timer"))).toBe(true);
    expect(await atTop()).toBe(0);
    const axe = await runAxe(senegal, "attention-consensus-en");
    expect(blocking(axe)).toEqual([]);
    await screenshot(senegal, "attention-consensus-notice");

    // Dismissed, it stays listed, and its deadline (under a minute) stays in view.
    await notice("consensus").getByRole("button", { name: "Dismiss" }).press("Enter");
    expect(await inViewport(senegal, senegal.getByTestId("attention-urgent"))).toBe(true);
    await expectText(senegal.getByTestId("awaiting-list"), "Awaiting your delegation: 1");
    await senegal.getByTestId("attention-urgent").getByRole("button", { name: "Show" }).press("Enter");

    await senegal.keyboard.press("Alt+Shift+A");
    await expect.poll(() => senegal.evaluate(() => document.activeElement?.textContent), seen).toBe("Respond");
    await senegal.keyboard.press("Enter");
    await expect.poll(() => senegal.evaluate(() => document.activeElement?.textContent), seen).toBe("No objection");
    await senegal.keyboard.press("Enter");
    await expect.poll(() => notice("consensus").count(), seen).toBe(0);
    await expectText(senegal.getByTestId("awaiting-list"), "Awaiting your delegation: 0");
  });

  it("a silence procedure starts: the delegate breaks silence from the notice by keyboard", async () => {
    const draft = await chair.must("draft:open", { itemId, title: "Elements for mandate language" });
    const added = await chair.must("draft:add-paragraph", {
      draftId: draft.id ?? "",
      kind: "operative",
      text: "Encourages regular triangular consultations.",
    });
    const paragraphId = added.id ?? "";
    await chair.must("draft:set-state", { paragraphId, baseVersion: 1, state: "agreed_ad_referendum" });
    const call = await chair.must("consensus:call", {
      subject: { kind: "paragraph", paragraphId },
      durationSeconds: 600,
    });
    expect(await inViewport(senegal, notice("silence"))).toBe(true);
    await expectText(notice("silence"), "Encourages regular triangular consultations.");
    expect(await atTop()).toBe(0);

    await senegal.keyboard.press("Alt+Shift+A");
    await senegal.keyboard.press("Enter");
    await senegal.keyboard.press("Tab");
    await senegal.keyboard.type("Our capital cannot accept 'regular'.");
    await senegal.keyboard.press("Tab");
    await expect.poll(() => senegal.evaluate(() => document.activeElement?.textContent), seen).toBe("Break silence");
    await senegal.keyboard.press("Enter");
    await eventually(() =>
      Object.values(chair.replica.state?.objections ?? {}).some(
        (objection) => objection.callId === call.id && objection.status === "standing",
      ),
    );
    await expectText(notice("silence"), "Your delegation has answered");
    await screenshot(senegal, "attention-silence-answered");

    // In Arabic, the notices and the list stay accessible.
    await senegal.getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
    await expectText(senegal.getByTestId("awaiting-list"), "بانتظار وفدكم");
    const axe = await runAxe(senegal, "attention-silence-ar");
    expect(blocking(axe)).toEqual([]);
    await screenshot(senegal, "attention-silence-ar");
  });
});
