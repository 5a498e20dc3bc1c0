import { resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Builds `src/boot/early-socket.ts` as an entry of its own beside the page's, then writes its
 * code inline in index.html, ahead of the app's scripts and the stylesheet, and drops the file.
 * Inline, it runs while the page is parsed, before the first layout and the app's evaluation (an
 * `async` module did not: Chromium ran it after the app's module graph) and costs no request:
 * neither a round trip on a first visit nor the headers and bytes a file of its own adds to the
 * delegate's budget. The server's Content-Security-Policy allows this one script by its hash
 * (`server/src/http/client-static.ts`, `inlineScriptHashes`).
 */
export function earlySocket(): Plugin {
  let entry = "";
  return {
    name: "trilogue:early-socket",
    apply: "build",
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      entry = resolve(root, "src/boot/early-socket.ts");
      return {
        build: { rolldownOptions: { input: { index: resolve(root, "index.html"), "early-socket": entry } } },
      };
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle ?? {};
        const [name, chunk] =
          Object.entries(bundle).find(
            ([, output]) => output.type === "chunk" && output.isEntry && output.facadeModuleId === entry,
          ) ?? [];
        if (!name || chunk?.type !== "chunk") throw new Error("the early socket's entry is missing from the build");
        // Its map goes too: nothing names the file any more.
        delete bundle[name];
        if (chunk.sourcemapFileName) delete bundle[chunk.sourcemapFileName];
        const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*$/s, "").trim();
        if (code.includes("</script")) throw new Error("the early socket's code cannot be written inline");
        const first = html.search(/<script|<link rel="(modulepreload|stylesheet)"/);
        if (first < 0) throw new Error("index.html names no script or stylesheet");
        return `${html.slice(0, first)}<script>${code}</script>\n    ${html.slice(first)}`;
      },
    },
  };
}
