import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** What the folder check changed, to be logged. */
export type DataDirReport = { created: boolean; fixed: { path: string; from: string; to: string }[] };

/** Raised when DATA_DIR is open to others and its modes cannot be corrected (not our folder). */
export class DataDirError extends Error {
  override name = "DataDirError";
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, "0");

/**
 * DATA_DIR holds the embedded database and bearer links (demo-links.json): only the server's own
 * user may read it. The folder is created 0700; at every start the folder and everything in it
 * are checked, and anything open to group or others is closed (folders 0700, files 0600). When a
 * mode cannot be changed the server refuses to start rather than run on a readable database.
 */
export function secureDataDir(dataDir: string): DataDirReport {
  const root = resolve(dataDir);
  const report: DataDirReport = { created: false, fixed: [] };
  if (!existsSync(root)) {
    mkdirSync(root, { recursive: true, mode: 0o700 });
    report.created = true;
  }
  const visit = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return; // its target is not ours to change
    const wanted = stat.isDirectory() ? 0o700 : 0o600;
    if ((stat.mode & 0o077) !== 0 || (stat.mode & wanted) !== wanted) {
      const next = stat.isDirectory() ? 0o700 : (stat.mode & 0o700) | 0o600;
      try {
        chmodSync(path, next);
      } catch (error) {
        throw new DataDirError(
          `DATA_DIR ${root} is open to other users (${path} is mode ${octal(stat.mode)}) and its mode cannot be changed: ${error instanceof Error ? error.message : String(error)}. Make the folder and its files belong to the server's user, or choose another DATA_DIR.`,
        );
      }
      report.fixed.push({ path, from: octal(stat.mode), to: octal(next) });
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return report;
}
