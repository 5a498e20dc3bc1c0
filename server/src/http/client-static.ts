import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Vite names every file under `assets/` by a hash of its content: a new build means a new name. */
const hashedAssets = `${sep}assets${sep}`;

/** A year, and never revalidated: the file behind a hashed name never changes. */
export const immutableCache = "public, max-age=31536000, immutable";
/** The page, the service worker and unhashed files: always asked again (a 304 when unchanged). */
export const revalidateCache = "no-cache";

function setCacheHeaders(reply: FastifyReply, path: string) {
  reply.header("cache-control", path.includes(hashedAssets) ? immutableCache : revalidateCache);
}

/**
 * The Content-Security-Policy's sources for the page's inline scripts, each allowed by its hash
 * alone: the build writes one, which opens the room's socket while the app's scripts load
 * (`client/build/early-socket.ts`). Any other inline script stays refused.
 */
export function inlineScriptHashes(clientDist: string | undefined): string[] {
  const page = clientDist ? resolve(clientDist, "index.html") : undefined;
  if (!page || !existsSync(page)) return [];
  const html = readFileSync(page, "utf8");
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash("sha256")
        .update(code ?? "")
        .digest("base64")}'`,
  );
}

/**
 * Serves the built client, with every unknown non-API path falling back to the single page. The
 * build writes a brotli and a gzip copy beside each text file (`client/build/precompress.ts`);
 * `preCompressed` picks one by the request's Accept-Encoding and says `Vary: Accept-Encoding`.
 */
export function registerClient(app: FastifyInstance, clientDist: string | undefined): void {
  const root = clientDist ? resolve(clientDist) : undefined;
  if (!root || !existsSync(resolve(root, "index.html"))) {
    app.setNotFoundHandler((_request, reply) =>
      reply.code(404).send({ error: { code: "NOT_FOUND", message: "Not found." } }),
    );
    return;
  }
  void app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    // Not `.vite/manifest.json`: it is for the build's own checks.
    dotfiles: "ignore",
    setHeaders: setCacheHeaders,
  });
  app.setNotFoundHandler((request, reply) => {
    // A hashed file that is not here is one a page of an earlier build asks for: the page in its
    // place would be cached under the file's name and fail as a script; a 404 lets the page reload.
    const notThePage = ["/api/", "/socket.io", "/assets/"].some((prefix) => request.url.startsWith(prefix));
    if (request.method !== "GET" || notThePage) {
      return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Not found." } });
    }
    return reply.sendFile("index.html");
  });
}
