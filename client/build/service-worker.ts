import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The service worker's source. Hashed files under `/assets/` are answered from its cache (their
 * content never changes under one name). The page is answered from the cache too, so a warm visit
 * costs no round trip before the scripts run, and asked of the network meanwhile: the cache then
 * holds the newest page, and a new build is picked up on the next visit. The API, the socket and
 * the health checks are never touched: the worker answers nothing it was not built for.
 *
 * A page from the cache may name hashed files a new deploy has removed. The worker remembers which
 * pages it answered from the cache without the network's word; when one of them asks for a hashed
 * file the server does not have, it fetches the page afresh and reloads that page, once: the
 * reloaded page is the network's, so it is not reloaded again. The page's own code does the same
 * for a screen's chunk that fails later (`client/src/app/stale-build.ts`), by asking the worker
 * for the fresh page first.
 */
export function serviceWorkerSource(version: string): string {
  return `// Trilogue's service worker, build ${version}.
const cacheName = "trilogue-${version}";
const pageKey = "/index.html";
/** Paths the server answers itself, even when the browser navigates to them (a sign-in redirect). */
const notThePage = ["/api/", "/socket.io/", "/healthz", "/readyz"];

/** Pages answered from the cache whose build the network has not confirmed, by client id. */
const unconfirmed = new Set();
/** Clients this worker is reloading: their own code must not reload them a second time. */
const reloading = new Set();
/** Set when the cache's page was just fetched afresh: the next page answered from it is confirmed. */
let pageConfirmed = false;

/** The hashed files a page names (its entry, preloads and styles), so that it can start offline. */
const namedAssets = (html) => [...new Set(html.match(/\\/assets\\/[^"'\\s>]+/g) ?? [])];

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const response = await fetch(pageKey, { cache: "no-cache" });
      if (!response.ok) throw new Error("no page to cache");
      // The files were just loaded by the page (immutable in the HTTP cache): no second download.
      await cache.addAll(namedAssets(await response.clone().text()));
      await cache.put(pageKey, response);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  // Earlier builds' caches go; a page of an earlier build still open fetches its chunks from the server.
  const stale = (key) => key.startsWith("trilogue-") && key !== cacheName;
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter(stale).map((key) => caches.delete(key)))).then(() => self.clients.claim()),
  );
});

const isPage = (response) => response.ok && !response.redirected && (response.headers.get("content-type") ?? "").startsWith("text/html");

/** Asks the network for the page and keeps it, when it is one. */
async function freshPage() {
  const response = await fetch(pageKey, { cache: "no-cache" });
  if (isPage(response)) await (await caches.open(cacheName)).put(pageKey, response.clone());
  return response;
}

/** The page's client asked for a hashed file that is gone: its page is an earlier build's. */
async function reloadWithFreshPage(clientId) {
  try {
    const response = await freshPage();
    const client = await self.clients.get(clientId);
    if (isPage(response) && client && "navigate" in client) {
      pageConfirmed = true;
      await client.navigate(client.url);
      return;
    }
  } catch {
    // No network, or the client is no longer this worker's: its own code reloads it (stale-build.ts).
  }
  pageConfirmed = false;
  reloading.delete(clientId);
}

async function fromCacheFirst(event) {
  const request = event.request;
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(cacheName)).put(request, response.clone());
  else if (response.status === 404 && unconfirmed.has(event.clientId)) {
    unconfirmed.delete(event.clientId);
    reloading.add(event.clientId);
    event.waitUntil(reloadWithFreshPage(event.clientId));
  }
  return response;
}

async function page(event) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(pageKey);
  const fromNetwork = fetch(event.request).then(async (response) => {
    if (isPage(response)) await cache.put(pageKey, response.clone());
    return response;
  });
  if (!cached) return fromNetwork;
  // Stale while revalidating: the cached page now, the network's kept for the next visit.
  event.waitUntil(fromNetwork.catch(() => undefined));
  if (pageConfirmed) pageConfirmed = false;
  else if (event.resultingClientId) unconfirmed.add(event.resultingClientId);
  return cached;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/assets/")) event.respondWith(fromCacheFirst(event));
  else if (request.mode === "navigate" && !notThePage.some((path) => url.pathname.startsWith(path))) event.respondWith(page(event));
});

// A screen's chunk failed to load (client/src/app/stale-build.ts): fetch the page afresh before
// the page reloads, so the reload gets the newest build rather than the cached one again.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "fresh-page") return;
  const port = event.ports[0];
  if (reloading.has(event.source?.id)) {
    port?.postMessage("reloading");
    return;
  }
  event.waitUntil(
    freshPage()
      .then((response) => {
        if (isPage(response)) pageConfirmed = true;
      })
      .catch(() => undefined)
      .then(() => port?.postMessage("fresh")),
  );
});
`;
}

/** Emits `sw.js`, versioned by the names of the build's files: a new build is a new worker. */
export function serviceWorker(): Plugin {
  return {
    name: "trilogue:service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const names = Object.keys(bundle).sort().join("\n");
      const version = createHash("sha256").update(names).digest("hex").slice(0, 12);
      this.emitFile({ type: "asset", fileName: "sw.js", source: serviceWorkerSource(version) });
    },
  };
}
