import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom, seen } from "./steps.js";

const original = "Requests the mission to protect civilians [by all necessary means].";
const merged = "Requests the mission to protect civilians [using all means within its capabilities].";

/** A delegate amends a paragraph; the chair merges it; the delegate's screen follows, live. */
describe("mandate-language drafting in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let chair: Page;
  let egypt: Page;
  const drafting = (page: Page): Locator => page.getByTestId("drafting");

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    const links = server.app.demoLinks;
    chair = (await openPerson(browser)).page;
    egypt = (await openPerson(browser)).page;
    await joinRoom(chair, links?.chair ?? "", "Fodé Seck");
    await joinRoom(egypt, links?.delegations.find((d) => d.name === "Egypt")?.url ?? "", "Amr Abdellatif Aboulatta");
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("the chair opens a draft with a bracketed paragraph; the delegate sees it", async () => {
    await chair.getByRole("button", { name: "Open the session" }).click();
    await chair.getByRole("button", { name: /^Open item: Political strategies/ }).click();
    await drafting(chair).getByText("Open a draft").click();
    await drafting(chair).getByRole("button", { name: "Open the draft" }).click();
    await drafting(chair).getByText("Add a paragraph").click();
    await drafting(chair).getByLabel("Text", { exact: true }).fill(original);
    await drafting(chair).getByRole("button", { name: "Add the paragraph" }).click();
    await expectText(drafting(egypt).getByTestId("paragraph-text"), original);
    await expectText(drafting(egypt).getByTestId("paragraph"), "OP1");
    await expectText(drafting(egypt).getByTestId("paragraph-state"), "Bracketed");
  });

  it("the delegate proposes an amendment, previewed as a redline; the chair sees it", async () => {
    const form = drafting(egypt).getByTestId("amendment-form");
    await drafting(egypt).getByText("Propose an amendment").click();
    await form.getByLabel("Passage, exactly as it stands in the text").fill("by all necessary means");
    await form.getByLabel("New words").fill("using all means within its capabilities");
    await expectText(form.getByTestId("redline").locator("del"), "by all necessary means");
    await form.getByRole("button", { name: "Submit the proposal" }).click();
    const proposal = drafting(chair).getByTestId("proposal");
    await expectText(proposal.getByTestId("proposal-sponsor"), "Egypt");
    await expectText(proposal.locator("ins"), "using all means within its capabilities");
  });

  it("the chair merges it and the delegate's screen shows the new text, live", async () => {
    await drafting(chair).getByTestId("proposal").getByRole("button", { name: "Merge" }).click();
    await expectText(drafting(egypt).getByTestId("paragraph-text"), merged);
    await expect.poll(() => drafting(egypt).getByTestId("proposal").count(), seen).toBe(0);
    await expectText(drafting(egypt).getByTestId("paragraph"), "version 2");
    await drafting(egypt).getByText("History and redline").click();
    await expectText(drafting(egypt).getByTestId("paragraph-version").nth(1), "Amr Abdellatif Aboulatta (Egypt)");
    await expectText(drafting(egypt).locator(".paragraph__history ins"), "using all means within its capabilities");
    await screenshot(egypt, "drafting-merged-delegate");
  });

  it("the delegate selects a passage and types only the replacement; the chair merges it", async () => {
    const text = drafting(egypt).getByTestId("paragraph-text");
    // Select "protect" as a reader would, then let go of the mouse.
    await text.evaluate((element) => {
      const node = element.firstChild;
      if (!node?.textContent) throw new Error("no text");
      const at = node.textContent.indexOf("protect");
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + "protect".length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    await drafting(egypt).getByTestId("propose-on-selection").click();
    const form = drafting(egypt).getByTestId("amendment-form");
    await expectText(form.getByTestId("selected-passage"), "protect");
    await form.getByLabel("New words").fill("shield");
    await expectText(form.getByTestId("redline").locator("ins"), "shield");
    await form.getByRole("button", { name: "Submit the proposal" }).click();
    const proposal = drafting(chair).getByTestId("proposal");
    await expectText(proposal.locator("ins"), "shield");
    await proposal.getByRole("button", { name: "Merge" }).click();
    await expectText(
      drafting(egypt).getByTestId("paragraph-text"),
      "Requests the mission to shield civilians [using all means within its capabilities].",
    );
  });

  it("the chair adds a paragraph and deletes it; the delegate sees it go, with a trace", async () => {
    await drafting(chair).getByLabel("Text", { exact: true }).fill("Decides to remain seized of the matter.");
    await drafting(chair).getByRole("button", { name: "Add the paragraph" }).click();
    await expect.poll(() => drafting(egypt).getByTestId("paragraph").count(), seen).toBe(2);
    chair.once("dialog", (dialog) => void dialog.accept());
    await drafting(chair).getByTestId("paragraph").nth(1).getByRole("button", { name: "Delete paragraph" }).click();
    await expect.poll(() => drafting(egypt).getByTestId("paragraph").count(), seen).toBe(1);
    await drafting(egypt).getByText("Deleted paragraphs (1)").click();
    await expectText(drafting(egypt).getByTestId("deleted-paragraphs"), "OP2 deleted by Fodé Seck");
    await expectText(drafting(egypt).getByTestId("deleted-paragraphs"), "Decides to remain seized of the matter.");
  });
});
