import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientDist, ensureClientBuilt, launchBrowser, releaseBrowser, startAppServer } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";

/** The page's module script, as the browser has it. */
const entryScript = () => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? "";

/**
 * A new deploy of the build the server serves: every hashed file under a new name (the old ones
 * gone), every file that names one rewritten, and a changed `sw.js`, as a new build would be.
 */
function deployNewBuild(dist: string): void {
  const assets = join(dist, "assets");
  const stems = readdirSync(assets).map((file) => file.replace(/\.(js|css)(\.map)?$/, ""));
  const renamed = new Map([...new Set(stems)].map((stem) => [stem, `${stem}n`]));
  const pattern = new RegExp(
    [...renamed.keys()].map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "g",
  );
  const rewrite = (text: string) => text.replace(pattern, (stem) => renamed.get(stem) ?? stem);
  for (const file of readdirSync(assets)) {
    const path = join(assets, file);
    writeFileSync(path, rewrite(readFileSync(path, "utf8")));
    renameSync(path, join(assets, rewrite(file)));
  }
  writeFileSync(join(dist, "index.html"), rewrite(readFileSync(join(dist, "index.html"), "utf8")));
  const worker = readFileSync(join(dist, "sw.js"), "utf8").replace(/trilogue-([0-9a-f]+)/, "trilogue-$1n");
  writeFileSync(join(dist, "sw.js"), worker);
}

/** A delegate's cached page outlives a deploy: the next visit starts from it and recovers, once. */
describe("a page cached before a new deploy", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let builds: string;
  let nextBuild: string;

  beforeAll(async () => {
    await ensureClientBuilt();
    builds = mkdtempSync(join(tmpdir(), "trilogue-deploy-"));
    nextBuild = join(builds, "next");
    cpSync(clientDist, nextBuild, { recursive: true });
    // Without the precompressed copies, the renamed files are served as they are rewritten.
    for (const folder of [nextBuild, join(nextBuild, "assets")]) {
      for (const file of readdirSync(folder)) {
        if (file.endsWith(".br") || file.endsWith(".gz")) rmSync(join(folder, file));
      }
    }
    deployNewBuild(nextBuild);
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
    if (builds) rmSync(builds, { recursive: true, force: true });
  });

  it("answers a hashed file that is not there with a 404, not the page", async () => {
    const response = await fetch(`${server.url}/assets/gone-0000.js`);
    expect(response.status).toBe(404);
  });

  it("starts a second visit from the cached page, then reloads once onto the new build", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const oldEntry = await page.evaluate(entryScript);
    await page.close();

    // The deploy: the server restarts at the same origin with the new build.
    const origin = new URL(server.url);
    await server.close();
    server = await startAppServer(database, { PORT: origin.port, PUBLIC_URL: origin.origin, CLIENT_DIST: nextBuild });
    // The old build's screens are not in the browser's HTTP cache either: only in the worker's, or gone.
    const cdp = await context.newCDPSession(await context.newPage());
    await cdp.send("Network.clearBrowserCache");

    const visit = await context.newPage();
    let loads = 0;
    visit.on("framenavigated", (frame) => {
      if (frame === visit.mainFrame()) loads++;
    });
    const pages: Response[] = [];
    visit.on("response", (response) => {
      if (response.request().isNavigationRequest() && response.frame() === visit.mainFrame()) pages.push(response);
    });
    await visit.goto(`${server.url}/`);
    // The first page of this visit is the cached one: the earlier build's.
    expect(pages[0]?.fromServiceWorker()).toBe(true);
    expect(await pages[0]?.text()).toContain(new URL(oldEntry).pathname);
    await expect.poll(() => visit.evaluate(entryScript), { timeout: 30_000 }).not.toBe(oldEntry);
    await visit.getByRole("heading", { level: 1 }).waitFor();
    expect(await visit.evaluate(entryScript)).toMatch(/n\.js$/);
    // Once: the new page stays, the loading text is gone, and nothing reloads it again.
    await visit.waitForTimeout(2_000);
    expect(loads).toBe(2);
    expect(pages).toHaveLength(2);
    expect(await visit.getByRole("status").filter({ hasText: "Loading…" }).count()).toBe(0);
    await context.close();
  });
});
