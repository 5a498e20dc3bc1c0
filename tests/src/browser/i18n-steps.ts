import { type Language, templateFor } from "@trilogue/shared";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ar } from "../../../client/src/i18n/ar/index.js";
import { en } from "../../../client/src/i18n/en/index.js";
import { es } from "../../../client/src/i18n/es/index.js";
import { formatValue } from "../../../client/src/i18n/formatter.js";
import { fr } from "../../../client/src/i18n/fr/index.js";
import { ru } from "../../../client/src/i18n/ru/index.js";
import { zh } from "../../../client/src/i18n/zh/index.js";
import type { TestServer } from "../support/server.js";
import { waitOnline } from "./steps.js";

type Tree = { readonly [key: string]: string | Tree };
const trees: Record<Language, Tree> = { ar, zh, en, fr, ru, es };

function lookup(tree: Tree, key: string): string | undefined {
  let at: string | Tree | undefined = tree;
  for (const part of key.split(".")) at = typeof at === "object" ? at[part] : undefined;
  return typeof at === "string" ? at : undefined;
}

/**
 * The interface's words in a language, as the client renders them (plural form by `count`,
 * values through the same formatter: Intl numbers, bidi isolation in Arabic), to find controls
 * by their accessible names in any of the six languages.
 */
export function tr(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const count = values.count;
  const plural = typeof count === "number" ? `${key}_${new Intl.PluralRules(language).select(count)}` : key;
  const text = lookup(trees[language], plural) ?? lookup(trees[language], key);
  if (text === undefined) throw new Error(`no string ${key} in ${language}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => formatValue(values[name], language));
}

/** A consultation set up through the operator API, with links issued for whoever is needed. */
export type ApiConsultation = {
  id: string;
  /** The agenda item ids are read from a participant's state; delegations by name. */
  delegationId(name: string): string;
  /** Issues a fresh invitation link for a role (and a delegation, for delegates). */
  link(role: "chair" | "delegate" | "secretary", delegationName?: string): Promise<string>;
};

/** The delegations the language tests register: Latin and Arabic names, a dual member, a host. */
export const testDelegations = [
  { name: "Senegal", countryCode: "SN", constituencies: ["council", "tpcc"] },
  { name: "مصر", countryCode: "EG", constituencies: ["council", "tpcc"] },
  { name: "South Sudan", countryCode: "SS", constituencies: ["host"] },
  { name: "Department of Peacekeeping Operations", countryCode: null, constituencies: ["secretariat"] },
] as const;

/** Creates a consultation from the template in a working language, with {@link testDelegations}. */
export async function createConsultationByApi(server: TestServer, workingLanguage: Language): Promise<ApiConsultation> {
  const call = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${server.url}/api/operator${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.operatorToken}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const template = templateFor(workingLanguage);
  const { id } = await call<{ id: string }>("/consultations", {
    title: template.title,
    missionContext: template.missionContext,
    date: "2016-11-03",
    languages: ["ar", "zh", "en", "fr", "ru", "es"],
    workingLanguage,
    confidentiality: "on_record",
  });
  const ids = new Map<string, string>();
  for (const delegation of testDelegations) {
    const created = await call<{ id: string }>(`/consultations/${id}/delegations`, delegation);
    ids.set(delegation.name, created.id);
  }
  const delegationId = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`no delegation ${name}`);
    return found;
  };
  return {
    id,
    delegationId,
    link: async (role, delegationName) => {
      const body = { role, delegationId: delegationName ? delegationId(delegationName) : null };
      return (await call<{ url: string }>(`/consultations/${id}/invitations`, body)).url;
    },
  };
}

/**
 * A person's browser with its language set as a browser is (`navigator.languages` follows the
 * locale), joined to the room by keyboard: the name typed, then Enter.
 */
export async function joinInLocale(
  browser: Browser,
  link: string,
  name: string,
  locale: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale, timezoneId: "UTC" });
  const page = await context.newPage();
  await page.goto(link);
  const input = page.locator('input[autocomplete="name"]');
  await input.focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await page.waitForURL("**/room");
  await waitOnline(page);
  return { context, page };
}
