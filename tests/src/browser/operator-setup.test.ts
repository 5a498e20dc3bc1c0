import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { blocking, runAxe } from "./a11y-steps.js";
import { createConsultation, issuedLink, registerMemberState, signInOperator } from "./operator-steps.js";
import { expectText, seen, waitOnline } from "./steps.js";

/**
 * The operator prepares a consultation and corrects it: a delegation's constituencies, an agenda
 * item's words; tells two links of one delegation apart by when they were issued and last used;
 * and, once something has been said, is told in French why a delegation can no longer change.
 */
describe("the operator corrects the setup", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let operator: Page;
  const title = "Early warning in UNMISS";

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    ({ page: operator } = await openPerson(browser));
    await signInOperator(operator, server.url, server.operatorToken);
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("creates once: the form empties, so a second click makes no duplicate", async () => {
    await createConsultation(operator, title);
    expect(await operator.getByLabel("Title", { exact: true }).first().inputValue()).toBe("");
    await operator.getByRole("button", { name: "Create the consultation" }).click();
    await operator.waitForTimeout(500);
    await expect.poll(() => operator.getByRole("button", { name: new RegExp(title) }).count(), seen).toBe(1);
  });

  it("corrects a delegation's constituencies and an agenda item's title", async () => {
    await registerMemberState(operator, "Ghana", ["Troop- or police-contributing country"]);
    const delegations = operator.getByTestId("delegations");
    await delegations.locator("tr", { hasText: "Ghana" }).locator("summary").click();
    const form = delegations.getByTestId("delegation-edit");
    await form.getByRole("checkbox", { name: "Security Council", exact: true }).check();
    await form.getByRole("button", { name: "Save" }).click();
    await expectText(delegations.locator("tr", { hasText: "Ghana" }), "Council");

    const agenda = operator.getByTestId("agenda-setup");
    const second = agenda.getByTestId("agenda-setup-item").nth(1);
    await second.locator("summary").click();
    await second.getByLabel("Title of the item", { exact: true }).fill("Early warning and the host State");
    await second.getByLabel("Speaking time in minutes").fill("4");
    await second.getByRole("button", { name: "Save" }).click();
    await expectText(second, "Early warning and the host State");
    await expectText(second, "4 min");
    await screenshot(operator, "operator-setup-corrected");
    expect(blocking(await runAxe(operator, "operator-setup-corrected"))).toEqual([]);
  });

  it("lists two links of one delegation with their issue date and last use", async () => {
    await operator.getByRole("button", { name: "Issue a link for Ghana" }).click();
    const first = await issuedLink(operator, "Ghana");
    await operator.getByRole("button", { name: "Issue a link for Ghana" }).click();
    await join(server.url, first, "Delegate of Ghana");
    await operator.getByRole("button", { name: "Refresh" }).click();
    const all = operator.getByTestId("all-invitations");
    await operator.locator("summary", { hasText: "invitations on record" }).click();
    const rows = all.locator("tbody tr", { hasText: "Ghana" });
    await expect.poll(() => rows.count(), seen).toBe(2);
    const headers = await all.locator("thead th").allTextContents();
    expect(headers).toContain("Issued");
    expect(headers).toContain("Last used");
    const lastUsed = await Promise.all([0, 1].map((n) => rows.nth(n).locator("td").nth(3).textContent()));
    // One link was used, the other never: told apart at a glance, each time with its zone.
    expect(lastUsed.filter((text) => text === "Never")).toHaveLength(1);
    expect(lastUsed.find((text) => text !== "Never")).toMatch(/UTC/);
    expect(await rows.nth(0).locator("td").nth(2).textContent()).toMatch(/UTC/);
    await screenshot(operator, "operator-links-issued-and-used");
  });

  it("issues the room display's link with its QR code; the projector opens it on this consultation", async () => {
    const panel = operator.getByTestId("operator-display");
    await panel.getByRole("button", { name: "Issue a display link" }).click();
    const link = panel.getByTestId("display-link").getByRole("link");
    await link.waitFor();
    const url = (await link.getAttribute("href")) ?? "";
    expect(url).toMatch(/\/display#[A-Za-z0-9_-]{16,}$/);
    await panel.getByRole("img", { name: "QR code of the display link" }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await screenshot(operator, "operator-display-link");
    expect(blocking(await runAxe(operator, "operator-display-link"))).toEqual([]);
    const { page: projector } = await openPerson(browser, { width: 1920, height: 1080 });
    await projector.goto(url);
    await projector.waitForURL((address) => address.pathname === "/display" && address.hash === "");
    await waitOnline(projector);
    await expectText(projector.locator("body"), title);
    await screenshot(projector, "operator-display-link-opened");
    await projector.close();
  });

  it("once something has been said, a correction is refused, in French, with the reason", async () => {
    const links = server.app.demoLinks;
    if (!links) throw new Error("no demo");
    const chair = await TestClient.connect(server.url, (await join(server.url, links.chair, "Fodé Seck")).cookie);
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    await chair.must("agenda:open", { itemId: first?.id ?? "" });
    const franceLink = links.delegations.find((d) => d.name === "France")?.url ?? "";
    const france = await TestClient.connect(server.url, (await join(server.url, franceLink, "Délégué")).cookie);
    await france.must("position:publish", {
      itemId: first?.id ?? "",
      stance: "supports",
      statement: "La France soutient une stratégie politique dans chaque mandat.",
    });
    chair.close();
    france.close();

    await operator.getByRole("combobox", { name: "Language", exact: true }).selectOption("fr");
    await operator.getByRole("button", { name: /Protection/ }).click();
    const row = operator.getByTestId("delegations").locator("tr", { hasText: "France" });
    await row.locator("summary").click();
    await row
      .getByRole("checkbox", { name: "Pays fournisseur de contingents ou de personnel de police", exact: false })
      .check();
    await row.getByRole("button", { name: "Enregistrer" }).click();
    const status = row.locator(".action-status--error");
    await expectText(status, "Des propos ont déjà été tenus dans cette consultation");
    expect((await status.textContent()) ?? "").not.toMatch(/Something|said|\(/);
    await screenshot(operator, "operator-refusal-in-french");
    expect(blocking(await runAxe(operator, "operator-refusal-in-french"))).toEqual([]);
  });

  it("the operator's screen stays accessible in Arabic", async () => {
    await operator.getByRole("combobox", { name: "Langue", exact: true }).selectOption("ar");
    await expect.poll(() => operator.locator("html").getAttribute("dir"), seen).toBe("rtl");
    await operator.getByTestId("agenda-setup").getByTestId("agenda-setup-item").first().locator("summary").click();
    await screenshot(operator, "operator-setup-arabic");
    expect(blocking(await runAxe(operator, "operator-setup-arabic"))).toEqual([]);
  });
});
