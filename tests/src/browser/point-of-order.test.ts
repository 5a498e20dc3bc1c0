import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom } from "./steps.js";

/** The first `m:ss` in a text, in seconds. */
function secondsIn(text: string | null): number {
  const match = /(\d+):(\d\d)/.exec(text ?? "");
  if (!match) throw new Error(`no time in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A point of order on screen: the delegate whose statement it interrupts, and the room display,
 * show the speaker paused with the time left, and the point of order labelled.
 */
describe("a point of order in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: TestClient;
  let southSudan: TestClient;
  let senegal: Page;
  let display: Page;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    const connect = async (link: string, name: string) =>
      TestClient.connect(server.url, (await join(server.url, link, name)).cookie);
    const linkOf = (name: string) => links?.delegations.find((d) => d.name === name)?.url ?? "";
    chair = await connect(links?.chair ?? "", "Fodé Seck");
    southSudan = await connect(linkOf("South Sudan"), "Akuei Bona Malwal");
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    await chair.must("agenda:set-speaking-time", {
      itemId: first?.id ?? "",
      speakingTimeSeconds: 180,
      pointOfOrderSeconds: 30,
    });
    await chair.must("agenda:open", { itemId: first?.id ?? "" });
    ({ page: senegal } = await openPerson(browser));
    await joinRoom(senegal, linkOf("Senegal"), "Gorgui Ciss");
    display = await senegal.context().newPage();
    await display.setViewportSize({ width: 1280, height: 800 });
    await display.goto(`${server.url}/display`);
  });
  afterAll(async () => {
    chair?.close();
    southSudan?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("pauses Senegal's statement for South Sudan's point of order, then resumes it", async () => {
    await senegal.getByRole("button", { name: "Ask for the floor" }).click();
    await expectText(senegal.getByTestId("speakers-list"), "Senegal");
    const granted = Date.now();
    await chair.must("floor:give", {});
    await expectText(display.getByTestId("display-speaker"), "Senegal");

    await southSudan.must("floor:request", { kind: "point_of_order" });
    await expectText(display.getByTestId("speakers-list"), "Point of order");
    await chair.must("floor:give", {});
    const paused = Date.now();
    await expectText(display.getByTestId("display-speaker"), "South Sudan");
    await expectText(display.getByTestId("display-speaker-kind"), "Point of order");
    await expectText(display.getByTestId("paused-turn"), "Paused for a point of order: Senegal");
    await expectText(display.getByTestId("paused-turn"), "resumes with");
    // Senegal had 3:00; the pause keeps what was left when the point of order took the floor: less
    // by no more than the time between the two grants (a loaded machine may take long: no fixed number).
    const left = secondsIn(await display.getByTestId("paused-turn").textContent());
    expect(left).toBeLessThanOrEqual(180);
    expect(left).toBeGreaterThanOrEqual(180 - Math.ceil((paused - granted) / 1000) - 1);
    await expectText(senegal.getByTestId("paused-turn"), "Senegal");
    await screenshot(display, "display-point-of-order");
    await screenshot(senegal, "delegate-point-of-order");

    const resumed = Date.now();
    await chair.must("floor:end-turn", {});
    await expectText(display.getByTestId("display-speaker"), "Senegal");
    // Resumed with the time kept, the pause not counted against it: it has only ticked since.
    const time = display.locator(".display__speaker .countdown__time").filter({ hasText: /\d:\d\d/ });
    await time.waitFor();
    const countdown = secondsIn(await time.textContent());
    expect(countdown).toBeLessThanOrEqual(left);
    expect(countdown).toBeGreaterThanOrEqual(left - Math.ceil((Date.now() - resumed) / 1000) - 1);
  });
});
