/**
 * `pnpm docs:protocol`: rewrites the generated tables of shared/README.md from the code.
 * `--check` only reports whether they are up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { withProtocolTables } from "../src/protocol-reference.js";

const file = resolve(import.meta.dirname, "../README.md");
const before = readFileSync(file, "utf8");
const after = withProtocolTables(before);
if (process.argv.includes("--check")) {
  process.stdout.write(
    before === after
      ? "shared/README.md: tables up to date\n"
      : "shared/README.md: tables out of date; run pnpm docs:protocol\n",
  );
  process.exit(before === after ? 0 : 1);
}
if (before !== after) writeFileSync(file, after);
process.stdout.write(
  before === after ? "shared/README.md: tables already up to date\n" : "shared/README.md: tables rewritten\n",
);
