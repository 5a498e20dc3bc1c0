import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { clientEventDocs, commandNames, eventTypes, serverEventDocs } from "@trilogue/shared";
import { generatedTablesIn, protocolTables, withProtocolTables } from "@trilogue/shared/protocol-reference";
import { describe, expect, it } from "vitest";

const readme = readFileSync(resolve(import.meta.dirname, "../../../shared/README.md"), "utf8");
/** The hand-written part of the reference: everything outside the generated tables. */
const prose = readme.replace(/<!-- generated:([a-z-]+) [^>]*-->[\s\S]*?<!-- \/generated:\1 -->/g, "");

describe("the protocol reference (shared/README.md)", () => {
  it("holds every generated table once, the error codes' among them", () => {
    expect(generatedTablesIn(readme).sort()).toEqual(Object.keys(protocolTables()).sort());
  });

  it("has the tables the code makes today (else run pnpm docs:protocol)", () => {
    expect(withProtocolTables(readme)).toBe(readme);
  });

  it("speaks, outside the tables, of every command and event", () => {
    const names = [...commandNames, ...eventTypes, ...Object.keys(serverEventDocs), ...Object.keys(clientEventDocs)];
    expect(names.filter((name) => !prose.includes(`\`${name}`))).toEqual([]);
  });

  it("rewrites a stale table and leaves the prose alone", () => {
    const stale = readme.replace("| `resync` |", "| `resynchronise` |");
    expect(stale).not.toBe(readme);
    expect(withProtocolTables(stale)).toBe(readme);
  });
});
