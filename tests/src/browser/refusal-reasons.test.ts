import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { blocking, runAxe } from "./a11y-steps.js";
import { expectText, joinRoom, seen } from "./steps.js";

/** A refused action says why in the person's language, and the refusal leaves once its cause is gone. */
describe("refusals in the person's language", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let secretariat: TestClient;
  let chair: Page;
  let paragraphId = "";

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const link = server.app.demoLinks?.chair ?? "";
    // The chair's second device (a socket) prepares the draft while the chair's laptop watches.
    secretariat = await TestClient.connect(server.url, (await join(server.url, link, "Fodé Seck")).cookie);
    await secretariat.must("consultation:set-status", { status: "live" });
    const first = Object.values(secretariat.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    const itemId = first?.id ?? "";
    await secretariat.must("agenda:open", { itemId });
    const draft = await secretariat.must("draft:open", { itemId, title: "Éléments de langage" });
    const added = await secretariat.must("draft:add-paragraph", {
      draftId: draft.id ?? "",
      kind: "operative",
      text: "Encourage des consultations triangulaires [régulières].",
    });
    paragraphId = added.id ?? "";
    ({ page: chair } = await openPerson(browser));
    await joinRoom(chair, link, "Fodé Seck");
    await chair.getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
  });
  afterAll(async () => {
    secretariat?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("the chair, in French, is told in French that brackets hold the paragraph back", async () => {
    const paragraph = chair.getByTestId("paragraph").first();
    await paragraph.getByRole("button", { name: "Marquer comme convenu ad referendum" }).click();
    const status = paragraph.locator(".action-status--error");
    await expectText(status, "Le texte contient encore des crochets : levez-les avant de l'approuver.");
    const text = (await status.textContent()) ?? "";
    expect(text).not.toMatch(/brackets|\(/);
    await screenshot(chair, "refusal-in-french");
    expect(blocking(await runAxe(chair, "refusal-in-french"))).toEqual([]);

    // The brackets are removed elsewhere: the refusal's cause is gone, and so is the refusal.
    await secretariat.must("draft:edit-paragraph", {
      paragraphId,
      baseVersion: 1,
      text: "Encourage des consultations triangulaires régulières.",
    });
    await expect.poll(() => status.count(), { ...seen, timeout: 15_000 }).toBe(0);
  });
});
