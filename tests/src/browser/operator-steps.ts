import type { Page } from "playwright-core";
import { expect } from "vitest";
import { expectText } from "./steps.js";

/** Signs in on the operator screen with the operator token. */
export async function signInOperator(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/operator`);
  await page.getByLabel("Operator token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "New consultation" }).waitFor();
}

/** Creates a consultation from the five-question template and waits until it is selected. */
export async function createConsultation(page: Page, title: string): Promise<void> {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Create the consultation" }).click();
  await page.getByRole("heading", { name: `Delegations to ${title}` }).waitFor();
}

/**
 * The Member-State picker offers the 193 Member States and the two observer States under their UN
 * short names, and nothing else (no territory, no State the UN does not count among its members).
 */
export async function expectMemberStatePicker(page: Page): Promise<void> {
  const picker = page.getByRole("combobox", { name: "Member State", exact: true });
  const members = picker.locator('optgroup[label="Member States"] option');
  const observers = picker.locator('optgroup[label="Observer States"] option');
  await expect.poll(() => members.count()).toBe(193);
  expect(await observers.allTextContents()).toEqual(["Holy See", "State of Palestine"]);
  const names = await members.allTextContents();
  for (const official of [
    "Russian Federation",
    "Democratic Republic of the Congo",
    "Iran (Islamic Republic of)",
    "Türkiye",
    "United Kingdom of Great Britain and Northern Ireland",
    "Côte d’Ivoire",
    "South Sudan",
  ])
    expect(names).toContain(official);
  for (const absent of ["Kosovo", "Taiwan", "Aruba", "Puerto Rico", "Western Sahara", "Turkey", "Russia"])
    expect(names.filter((name) => name === absent || name.startsWith(`${absent} `))).toEqual([]);
}

/** Registers a Member State from the picker, with the constituencies' long names ticked. */
export async function registerMemberState(page: Page, state: string, constituencies: string[]): Promise<void> {
  await page.getByRole("combobox", { name: "Member State", exact: true }).selectOption({ label: state });
  const form = page.getByRole("form", { name: "Register a delegation" });
  for (const constituency of constituencies)
    await form.getByRole("checkbox", { name: constituency, exact: true }).check();
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expectText(page.getByTestId("delegations"), state);
}

/** Registers a Secretariat department or observer body by its listed name. */
export async function registerBody(page: Page, kind: "Secretariat department" | "Observer", option: string) {
  await page.getByRole("radio", { name: kind }).check();
  await page.getByRole("combobox", { name: kind, exact: true }).selectOption({ label: option });
  await page.getByRole("button", { name: "Register", exact: true }).click();
}

/** The invitation link issued in this tab for a delegation or role label. */
export function issuedLink(page: Page, who: string): Promise<string> {
  return page.getByLabel(`Invitation link for ${who}`, { exact: true }).inputValue();
}

/** Signs in on the operator screen through the organisation's OpenID provider (its development login page). */
export async function signInOperatorWithProvider(page: Page, baseUrl: string, provider: string, login: string) {
  await page.goto(`${baseUrl}/operator`);
  await page.getByRole("link", { name: `Sign in with ${provider}` }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(`${baseUrl}/operator`);
  await page.getByTestId("operator-identity").waitFor();
}
