import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** One chunk of Vite's manifest (`.vite/manifest.json`), as far as the budget reads it. */
type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

/**
 * The screens a delegate goes through before the consultation shows: the page's entry, the join
 * screen of the invitation link, and the room (the delegate view). Their static imports come with
 * them; lazy chunks (chair, display, operator, drafting, summary, other languages) do not.
 */
export const delegateEntries = ["index.html", "src/screens/join/JoinScreen.tsx", "src/screens/room/RoomScreen.tsx"];

/** The delegate view's script files, relative to the build folder. */
export function delegateScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Manifest;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of delegateEntries) visit(entry);
  return [...files];
}

/** Bytes of each file as the server sends it to a browser that accepts brotli (else gzip, else as is). */
export function compressedBytes(dist: string, file: string, encoding: "br" | "gz" = "br"): number {
  const path = join(dist, file);
  const compressed = `${path}.${encoding}`;
  return statSync(existsSync(compressed) ? compressed : path).size;
}

/** The delegate view's JavaScript, compressed as sent, in KB (1,024 bytes). */
export function delegateScriptKb(dist: string, encoding: "br" | "gz" = "br"): number {
  const bytes = delegateScripts(dist).reduce((sum, file) => sum + compressedBytes(dist, file, encoding), 0);
  return bytes / 1024;
}
