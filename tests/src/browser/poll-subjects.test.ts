import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { openDraft, stateOf } from "../drafting/drafting-room.js";
import { launchBrowser, openPerson, releaseBrowser, screenshot, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { expectText, joinRoom, seen } from "./steps.js";

/** The chair puts a delegation's proposal to a vote from the drafting screen. */
describe("a vote on a proposal in the browser", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let room: Room;
  let chair: Page;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
    // The room is set up over sockets: a draft, a paragraph and Egypt's amendment of it.
    room = await openRoom(server);
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Requests the mission to protect civilians [by all necessary means]." },
    ]);
    await (await room.delegate("Egypt")).must("draft:propose", {
      draftId,
      change: {
        kind: "replace",
        paragraphId: paragraphIds[0] ?? "",
        baseVersion: 1,
        passage: "by all necessary means",
        text: "using all means",
      },
    });
    chair = (await openPerson(browser)).page;
    await joinRoom(chair, server.app.demoLinks?.chair ?? "", "Fodé Seck");
  });
  afterAll(async () => {
    room?.close();
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("prepares the vote beside the proposal; the poll names its subject and is marked indicative", async () => {
    const proposal = chair.getByTestId("drafting").getByTestId("proposal");
    await expectText(proposal.getByTestId("proposal-sponsor"), "Egypt");
    await proposal.getByText("Put to a vote").click();
    const form = proposal.getByTestId("put-to-vote");
    await expect.poll(() => form.getByTestId("poll-indicative-choice").isChecked(), seen).toBe(true);
    await form.getByRole("button", { name: "Prepare the poll" }).click();
    await expect
      .poll(async () => Object.values((await stateOf(room.chair)).polls).map((p) => p.subject.kind), seen)
      .toContain("proposal");
    const poll = Object.values((await stateOf(room.chair)).polls).find((p) => p.subject.kind === "proposal");
    expect(poll).toMatchObject({ indicative: true, itemId: room.item.id });
    expect(poll?.question).toContain("Egypt");
    await chair.getByRole("tab", { name: /Polls/ }).click();
    await expectText(chair.getByTestId("poll-subject"), "On the proposal of Egypt on OP1");
    await expectText(chair.getByTestId("poll-indicative"), "Indicative");
    await screenshot(chair, "poll-on-proposal-chair");
  });
});
