import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import type { TestDatabase } from "./databases.js";
import { startServer, type TestServer } from "./server.js";

/** The repository's root, where `client/` and `test-artifacts/` live. */
export const repoRoot = resolve(import.meta.dirname, "../../..");
/** The built client the server under test serves. */
export const clientDist = join(repoRoot, "client", "dist");
/** Scratch space for the build's lock and the folder built aside (inside node_modules: ignored by git). */
const scratch = join(repoRoot, "client", "node_modules", ".trilogue-build");
/** Where browser tests write their screenshots (gitignored). */
export const screenshotDir = join(repoRoot, "test-artifacts", "screenshots");

/** Debian's Chromium; a test never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let shared: Promise<Browser> | undefined;

/**
 * Headless Chromium, one per test worker: the files a worker runs one after another share it (a
 * launch costs seconds of CPU), each person still in a context of their own, and `releaseBrowser`
 * closes a file's contexts when it is done. A browser that died is launched again.
 */
export async function launchBrowser(): Promise<Browser> {
  const running = shared ? await shared.catch(() => null) : null;
  if (running?.isConnected()) return running;
  shared = startChromium();
  return shared;
}

/** Ends a file's use of the shared browser: every context it opened is closed. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}

/** Starts headless Chromium with the flags a sandboxed CI machine needs. */
function startChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function clientIsFresh(): boolean {
  const built = join(clientDist, "index.html");
  if (!existsSync(built)) return false;
  const client = join(repoRoot, "client");
  const sources = ["src", "index.html", "vite.config.ts", "package.json"].map((name) => join(client, name));
  const newestSource = Math.max(
    ...sources.filter(existsSync).map(newestMtime),
    newestMtime(join(repoRoot, "shared", "src")),
  );
  return statSync(built).mtimeMs >= newestSource;
}

/**
 * Builds the client unless `client/dist` is newer than its sources. A lock directory keeps two test
 * files that start together from building at once.
 */
export async function ensureClientBuilt(): Promise<void> {
  const lock = join(scratch, "build-lock");
  const deadline = Date.now() + 180_000;
  mkdirSync(scratch, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than three minutes belongs to a run that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another client build");
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    if (!clientIsFresh()) buildClientAside();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds into a folder beside `dist`, then swaps it in, so a server of another test file that is
 * serving `dist` meanwhile never meets a half-written folder.
 */
function buildClientAside(): void {
  const fresh = join(scratch, "dist-next");
  const old = join(scratch, "dist-old");
  execFileSync("pnpm", ["--filter", "@trilogue/client", "exec", "vite", "build", "--outDir", fresh, "--emptyOutDir"], {
    cwd: repoRoot,
    stdio: "pipe",
    // Vitest sets NODE_ENV=test, which would give React's development build: test what ships.
    env: { ...process.env, NODE_ENV: "production" },
  });
  rmSync(old, { recursive: true, force: true });
  if (existsSync(clientDist)) renameSync(clientDist, old);
  renameSync(fresh, clientDist);
  rmSync(old, { recursive: true, force: true });
}

/** A free loopback port, so PUBLIC_URL can name the origin the browser will use. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Starts the real server serving the built client at a fixed origin the browser uses. */
export async function startAppServer(database: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> {
  await ensureClientBuilt();
  const port = await freePort();
  return startServer(database, {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    CLIENT_DIST: clientDist,
    ...env,
  });
}

/** One person's browser: its own cookies, as on their own laptop; 1280x800 unless told. */
export async function openPerson(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: "en-GB", timezoneId: "UTC" });
  const page = await context.newPage();
  return { context, page };
}

/** Writes a full-page screenshot under `test-artifacts/screenshots/`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
