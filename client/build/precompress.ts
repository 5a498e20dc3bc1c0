import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are compressed already, source maps are for developers. */
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this a compressed copy saves less than a packet. */
const minBytes = 1024;

/** Writes `name.br` (brotli, best) and `name.gz` (gzip, best) beside one file. */
export async function precompressFile(path: string): Promise<void> {
  const content = await readFile(path);
  if (content.byteLength < minBytes) return;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir)) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

/**
 * Compresses the build once, at build time, so the server sends `.br` or `.gz` by the browser's
 * Accept-Encoding without compressing per request (on a 400 kbit/s link the main script is a
 * third of its size in brotli).
 */
export function precompress(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: "trilogue:precompress",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      const outDir = resolve(config.root, config.build.outDir);
      const files = (await filesUnder(outDir)).filter((path) => compressible.test(path));
      await Promise.all(files.map(precompressFile));
    },
  };
}
