// Dependency advisories for a pnpm workspace where `pnpm audit` cannot run (the registry answers
// its endpoint with 405) but `npm audit` can: every package version in pnpm-lock.yaml is written
// into a package-lock.json that `npm audit` reads, in a scratch folder, without installing anything.
// Exits 1 when a high or critical advisory is found.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const lock = readFileSync(new URL("../pnpm-lock.yaml", import.meta.url), "utf8");
const section = lock.slice(lock.indexOf("\npackages:\n"), lock.indexOf("\nsnapshots:\n"));
const versions = new Map();
for (const match of section.matchAll(/^ {2}'?((?:@[^/@\s]+\/)?[^@\s']+)@([^('\s:]+)/gm)) {
  const [, name, version] = match;
  if (!versions.has(name)) versions.set(name, new Set());
  versions.get(name).add(version);
}

const packages = { "": { name: "trilogue-audit", version: "0.0.0", dependencies: {} } };
let copies = 0;
for (const [name, set] of versions) {
  [...set].forEach((version, index) => {
    // npm's tree holds one version per path; extra versions hang under placeholder parents.
    if (index > 0) copies += 1;
    const path = index === 0 ? `node_modules/${name}` : `node_modules/dup-${copies}/node_modules/${name}`;
    packages[path] = { version };
    if (index === 0) packages[""].dependencies[name] = version;
  });
}

const folder = mkdtempSync(join(tmpdir(), "trilogue-audit-"));
try {
  writeFileSync(join(folder, "package.json"), JSON.stringify(packages[""], null, 2));
  writeFileSync(
    join(folder, "package-lock.json"),
    JSON.stringify({ name: "trilogue-audit", version: "0.0.0", lockfileVersion: 3, requires: true, packages }, null, 2),
  );
  let output;
  try {
    output = execFileSync("npm", ["audit", "--json", "--package-lock-only", "--audit=true"], {
      cwd: folder,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    // npm audit exits non-zero when it finds anything; its JSON is still on stdout.
    output = error.stdout;
    if (!output) throw error;
  }
  const report = JSON.parse(output);
  if (report.error || report.statusCode) {
    // The advisory service refused us (this workplace's registry answers 405): say so plainly
    // rather than pass as "no advisories". `--strict` turns it into a failure.
    console.log(
      `Advisory check could not run: ${report.message ?? report.error?.summary ?? "the audit endpoint refused"}`,
    );
    process.exit(process.argv.includes("--strict") ? 2 : 0);
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  const serious = Object.values(report.vulnerabilities ?? {}).filter(
    (v) => v.severity === "high" || v.severity === "critical",
  );
  console.log(
    `Audited ${versions.size} packages (${[...versions.values()].reduce((n, s) => n + s.size, 0)} versions).`,
  );
  console.log(`Advisories: ${JSON.stringify(counts)}`);
  for (const v of serious) console.log(`  ${v.severity}: ${v.name} ${v.range}`);
  process.exit(serious.length > 0 ? 1 : 0);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
