import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom } from "./steps.js";

/** When the server ends a session (here, the Secretariat revokes the link), the room says why, in the reader's language. */
describe("a session ended by the server, in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    ({ page } = await openPerson(browser));
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("says the invitation link was revoked, then says it in French", async () => {
    const consultationId = server.app.demoLinks?.consultationId ?? "";
    const operator = (path: string, body?: unknown) =>
      fetch(`${server.url}/api/operator/consultations/${consultationId}${path}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${server.operatorToken}`,
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const issued = await operator("/invitations", { role: "observer", delegationId: null });
    const { id, url } = (await issued.json()) as { id: string; url: string };
    await joinRoom(page, url, "Observer of the AU");
    await operator(`/invitations/${id}/revoke`);
    await expectText(page.getByTestId("session-ended"), "Your invitation link was revoked by the Secretariat");
    await screenshot(page, "session-ended-revoked");
    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
    await expectText(page.getByTestId("session-ended"), "Le Secrétariat a révoqué votre lien d'invitation");
  });
});
