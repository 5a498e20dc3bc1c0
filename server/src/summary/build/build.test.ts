import type { SummaryNarrative } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "./build.js";
import { canonicalJson } from "./canonical.js";
import { summaryDocumentSchema } from "./document.js";
import { summaryFileName } from "./file-name.js";

const narrative: SummaryNarrative = {
  overview: "Senegal opened; Fodé Seck thanked Delegate 3.",
  items: [],
  followUp: [{ action: "Report back to France", responsible: "Secretariat" }],
};
const build = (confidentiality: "on_record" | "chatham_house" | "closed", mode?: "on_record") =>
  buildSummary({
    snapshot: sampleSummarySnapshot({ delegations: 15, items: 5, polls: 3, confidentiality }),
    narrative,
    status: "draft",
    generatedAt: new Date("2016-11-03T18:00:00Z"),
    ...(mode ? { mode } : {}),
  });
const names = sampleSummarySnapshot({ delegations: 15, items: 1, polls: 0 });
const delegationNames = names.delegations.map((d) => d.name);
const personNames = names.participants.map((p) => p.displayName);

describe("buildSummary", () => {
  it("makes a document the versioned schema accepts, in every mode", () => {
    for (const mode of ["on_record", "chatham_house", "closed"] as const) {
      expect(summaryDocumentSchema.parse(build(mode))).toMatchObject({ schemaVersion: 1, confidentiality: mode });
    }
  });

  it("names delegations on the record", () => {
    const doc = build("on_record");
    expect(doc.chair).toBe("Fodé Seck");
    const statements = doc.items[0]?.positions?.groups.flatMap((g) => g.statements) ?? [];
    expect(statements.map((s) => s.delegation).sort()).toEqual([...delegationNames].sort());
    expect(doc.items[0]?.polls[0]?.ballots?.length).toBeGreaterThan(0);
    expect(doc.speakers[0]?.record).toHaveLength(15);
    expect(doc.expectations[0]?.records.every((r) => r.delegation !== null)).toBe(true);
  });

  it("in Chatham House names no delegation and no person beyond the chair and action owners, and says who by constituency", () => {
    const doc = build("chatham_house");
    const { chair, followUp, ...statements } = doc;
    expect(chair).toBe("Fodé Seck");
    expect(followUp).toEqual([{ action: "Report back to [a delegation]", responsible: "Secretariat" }]);
    const text = canonicalJson(statements);
    for (const name of [...delegationNames, ...personNames]) expect(text).not.toContain(name);
    expect(doc.overview).toBe("[a delegation] opened; [a participant] thanked [a participant].");
    expect(doc.items[0]?.positions?.groups.map((g) => g.constituencies)).toContainEqual(["council", "tpcc"]);
    expect(doc.speakers[0]).toMatchObject({ record: null, turns: 15 });
    expect(doc.speakers[0]?.byConstituency?.find((row) => row.constituency === "council")?.turns).toBe(9);
    expect(doc.expectations[0]?.records[0]).toMatchObject({ delegation: null, constituencies: ["council", "tpcc"] });
    expect(summaryFileName(doc, "pdf")).not.toMatch(new RegExp(delegationNames.join("|"), "i"));
  });

  it("orders Chatham House statements by stance and text, never by delegation", () => {
    const statements = build("chatham_house").items[0]?.positions?.groups[0]?.statements ?? [];
    const keys = statements.map(
      (s) => `${["supports", "supports_with_reservations", "neutral", "opposes"].indexOf(s.stance)} ${s.statement}`,
    );
    expect(keys).toEqual([...keys].sort());
  });

  it("names the chair and who owns each follow-up action in every mode", () => {
    for (const mode of ["on_record", "chatham_house", "closed"] as const) {
      const doc = buildSummary({
        snapshot: sampleSummarySnapshot({ delegations: 15, items: 1, polls: 0, confidentiality: mode }),
        narrative: { ...narrative, followUp: [{ action: "Brief the T/PCCs", responsible: delegationNames[0] ?? "" }] },
        status: "draft",
        generatedAt: new Date("2016-11-03T18:00:00Z"),
      });
      expect(doc.chair, mode).toBe("Fodé Seck");
      expect(doc.followUp, mode).toEqual([{ action: "Brief the T/PCCs", responsible: delegationNames[0] }]);
    }
  });

  it("carries outcomes only when closed", () => {
    const doc = build("closed");
    expect(doc.items.every((item) => item.positions === null)).toBe(true);
    expect(doc.items[0]?.consensusCalls[0]).toMatchObject({
      outcome: "not_adopted",
      objections: null,
      standingObjections: 1,
    });
    expect(doc.speakers[0]).toMatchObject({ record: null, byConstituency: null });
    expect(doc.expectations[0]?.records[0]).toMatchObject({ delegation: null, constituencies: null });
    expect(doc.attendance.byConstituency.every((row) => row.delegations === null)).toBe(true);
  });

  it("gives a secret poll's totals only, in every mode", () => {
    for (const mode of ["on_record", "chatham_house", "closed"] as const) {
      const secret = build(mode)
        .items.flatMap((item) => item.polls)
        .find((poll) => poll.secret);
      expect(secret).toMatchObject({ byConstituency: null, ballots: null, disclosure: "overall_only" });
      expect(secret?.turnout?.byConstituency).toBeNull();
      expect(secret?.eligible?.byConstituency).toBeNull();
      expect(secret?.overall?.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });

  it("cites a secret poll's board hash, and shows its breakdown where its secrecy floor allowed one", () => {
    const snapshot = sampleSummarySnapshot({ delegations: 15, items: 5, polls: 3, confidentiality: "on_record" });
    const hash = "ab".repeat(32);
    const secret = snapshot.polls.find((poll) => poll.secret);
    const named = snapshot.polls.find((poll) => !poll.secret);
    if (!secret?.result || !named?.result) throw new Error("the sample has no closed secret and named polls");
    secret.sealing = { publicKey: "cd".repeat(32), trustees: [], boardHash: hash };
    secret.result = { ...secret.result, disclosure: "by_constituency", byConstituency: named.result.byConstituency };
    const doc = buildSummary({ snapshot, narrative, status: "final", generatedAt: new Date("2016-11-03T18:00:00Z") });
    const polls = doc.items.flatMap((item) => item.polls);
    const cited = polls.find((poll) => poll.secret);
    expect(cited).toMatchObject({ boardHash: hash, disclosure: "by_constituency", ballots: null });
    expect(cited?.byConstituency).toEqual(named.result.byConstituency);
    expect(cited?.turnout?.byConstituency).not.toBeNull();
    expect(polls.filter((poll) => !poll.secret).every((poll) => poll.boardHash === null)).toBe(true);
    expect(summaryDocumentSchema.parse(doc)).toBeTruthy();
  });

  it("never builds a laxer summary than the consultation's mode", () => {
    expect(build("chatham_house", "on_record").confidentiality).toBe("chatham_house");
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level, so equal content gives equal text", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});
