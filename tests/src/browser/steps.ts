import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** How long a screen may take to show what another person just did. */
export const seen = { timeout: 20_000, interval: 100 };

/** Opens an invitation link, gives a name, and waits until the room is live on this page. */
export async function joinRoom(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Enter the room" }).click();
  await page.waitForURL("**/room");
  await waitOnline(page);
}

/** Waits for the connection indicator to say the page is live and caught up. */
export async function waitOnline(page: Page): Promise<void> {
  await page.locator('.room-header [data-status="online"], .display [data-status="online"]').first().waitFor();
}

/** Waits until a locator's visible text contains `text`. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(async () => (await locator.count()) > 0 && ((await locator.first().textContent()) ?? ""), seen)
    .toContain(text);
}

/** Waits until a locator's visible text no longer contains `text`. */
export async function expectNoText(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(async () => (await locator.count()) > 0 && ((await locator.first().textContent()) ?? ""), seen)
    .not.toContain(text);
}

/** The list of speakers' delegation names, in order, as one screen shows them. */
export async function speakersOn(page: Page): Promise<string[]> {
  const list = page.getByTestId("speakers-list");
  if ((await list.count()) === 0) return [];
  return list.locator(".speakers__name").allInnerTexts();
}

/** Waits until a screen's list of speakers reads exactly `names`. */
export async function expectSpeakers(page: Page, names: string[]): Promise<void> {
  await expect.poll(() => speakersOn(page), seen).toEqual(names);
}

/** The seconds a countdown shows (m:ss), for checking that it runs. */
export async function countdownSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator(".countdown__time").textContent()) ?? "";
  const [minutes = "0", seconds = "0"] = text.trim().split(":");
  return Number(minutes) * 60 + Number(seconds);
}
