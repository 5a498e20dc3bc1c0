import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The service worker's source. Hashed files under `/assets/` are answered from its cache (their
 * content never changes under one name); the page is asked of the network first, so a new build
 * is picked up on the next visit, and answered from the cache only when the network fails. The
 * API and the socket are never touched: the worker answers nothing it was not built for.
 */
export function serviceWorkerSource(version: string): string {
  return `// Trilogue's service worker, build ${version}.
const cacheName = "trilogue-${version}";
const pageKey = "/index.html";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.add(pageKey)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  // Earlier builds' caches go; a page of an earlier build still open fetches its chunks from the server.
  const stale = (key) => key.startsWith("trilogue-") && key !== cacheName;
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter(stale).map((key) => caches.delete(key)))).then(() => self.clients.claim()),
  );
});

async function fromCacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function page(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(pageKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(pageKey);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/assets/")) event.respondWith(fromCacheFirst(request));
  else if (request.mode === "navigate") event.respondWith(page(request));
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
