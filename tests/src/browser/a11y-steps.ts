import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Locator, Page } from "playwright-core";
import { repoRoot } from "../support/browser.js";

/** axe-core's browser build, from node_modules (never a CDN). */
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeScript: string | null = null;
/** Where each screen's axe findings are written, for reading after a run. */
const axeDir = join(repoRoot, "test-artifacts", "axe");

/** One rule axe found broken (or could not decide), with where. */
export type AxeFinding = { id: string; impact: ImpactValue | null | undefined; help: string; targets: string[] };

/** What axe reported on one screen: violations, what it could not decide, and how many rules passed. */
export type AxeReport = { violations: AxeFinding[]; incomplete: AxeFinding[]; passed: number };

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules, and axe's best practices. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe-core inside the page and returns every violation; the report (with what axe could not
 * decide alone, for a person to check) is also written to `test-artifacts/axe/<name>.json`.
 */
export async function runAxe(page: Page, name: string): Promise<AxeFinding[]> {
  const report = await axeReport(page, name);
  // A run that checked almost nothing would pass vacuously.
  if (report.passed < 20) throw new Error(`axe checked only ${report.passed} rules on ${name}`);
  return report.violations;
}

/** Runs axe-core inside the page; see {@link runAxe}. */
async function axeReport(page: Page, name: string): Promise<AxeReport> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self')
  // stays in force, as a script tag would need it loosened.
  axeScript ??= readFileSync(axeSource, "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeScript);
  const results = await page.evaluate((values) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations", "incomplete"] });
  }, tags);
  const findings = (list: AxeResults["violations"]) =>
    list.map((result) => ({
      id: result.id,
      impact: result.impact,
      help: result.help,
      targets: result.nodes.map((node) => node.target.join(" ")),
    }));
  const report = {
    violations: findings(results.violations),
    incomplete: findings(results.incomplete),
    passed: results.passes.length,
  };
  mkdirSync(axeDir, { recursive: true });
  writeFileSync(join(axeDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The findings that fail the test: serious or critical. */
export const blocking = (findings: readonly AxeFinding[]) =>
  findings.filter((finding) => finding.impact === "serious" || finding.impact === "critical");

/** What the element with the keyboard focus looks like: its name, and whether its focus shows. */
export type FocusState = { name: string; visible: boolean };

/** Describes the focused element: a short name, and whether a focus ring of 2px or more shows. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return { name: "(page)", visible: true };
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
    const name =
      element.getAttribute("aria-label") ??
      (element.textContent?.trim() || element.getAttribute("name") || element.tagName);
    return { name: name.slice(0, 80), visible: element.matches(":focus-visible") && ring };
  });
}

/**
 * Presses Tab (or Shift+Tab, when the target lies behind the focus) until `target` has the focus,
 * as a keyboard user would, and checks that every element passed on the way shows its focus.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  await target.waitFor();
  const unseen: string[] = [];
  for (let presses = 0; presses <= maxPresses; presses++) {
    const where = await target.evaluate((element) => {
      const active = document.activeElement;
      if (active === element) return "here";
      if (!active || active === document.body) return "ahead";
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? "ahead" : "behind";
    });
    if (where === "here") {
      const state = await focusState(page);
      if (!state.visible) unseen.push(state.name);
      if (unseen.length > 0) throw new Error(`focus not visible on: ${unseen.join(" | ")}`);
      return;
    }
    await page.keyboard.press(where === "ahead" ? "Tab" : "Shift+Tab");
    const state = await focusState(page);
    if (!state.visible) unseen.push(state.name);
  }
  throw new Error(`could not reach the target with ${maxPresses} presses of Tab`);
}

/** Tabs to a control and presses a key on it (Enter for buttons and links, Space for checkboxes). */
export async function press(page: Page, target: Locator, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
