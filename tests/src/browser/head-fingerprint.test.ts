import { headFingerprint } from "@trilogue/shared";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { queryRows, type TestServer } from "../support/server.js";
import { expectText, joinRoom } from "./steps.js";

/** The room display shows the short fingerprint of the log's head, and follows it as events arrive. */
describe("the head fingerprint on the room display", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: TestClient;
  let display: Page;

  const headInDatabase = async () => {
    const [row] = await queryRows<{ hash: string }>(
      server.app,
      `select hash from consultation_events e join consultations c on c.id = e.consultation_id and e.seq = c.last_seq`,
    );
    return row?.hash ?? "";
  };

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    chair = await TestClient.connect(server.url, (await join(server.url, links?.chair ?? "", "Fodé Seck")).cookie);
    await chair.must("consultation:set-status", { status: "live" });
    const { page } = await openPerson(browser);
    await joinRoom(page, links?.delegations.find((d) => d.name === "Senegal")?.url ?? "", "Gorgui Ciss");
    display = await page.context().newPage();
    await display.setViewportSize({ width: 1280, height: 800 });
    await display.goto(`${server.url}/display`);
  });
  afterAll(async () => {
    chair?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("shows the fingerprint of the head in the database, and moves with the next event", async () => {
    await expectText(display.getByTestId("display-fingerprint"), headFingerprint(await headInDatabase()));
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    await chair.must("agenda:open", { itemId: first?.id ?? "" });
    await expectText(display.getByTestId("display-fingerprint"), headFingerprint(await headInDatabase()));
    await screenshot(display, "display-head-fingerprint");
  });
});
