import { createHash } from "node:crypto";
import { type SummaryDocument, summaryDocumentSchema } from "@trilogue/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/databases.js";
import { draftTexts } from "./drafting-scenario.js";
import { download, readDocx, readMarkdown, readPdf } from "./readers.js";
import {
  absent,
  attending,
  caveats,
  chairName,
  conclusionOf,
  type DelegationName,
  type Played,
  playConsultation,
  pollQuestions,
  scenarios,
} from "./scenario.js";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const names = Object.keys(attending) as DelegationName[];

describe.each(databaseKinds)("the chair's summary on the record, on %s", (kind) => {
  let played: Played;
  let document: SummaryDocument;

  beforeAll(async () => {
    played = await playConsultation(kind, { confidentiality: "on_record" });
    const json = await download(played.server, played.consultationId, "json", played.cookies.secretary);
    document = summaryDocumentSchema.parse(JSON.parse(json.body.toString("utf8")));
  }, 240_000);
  afterAll(async () => {
    await played?.close();
  });

  it("builds a versioned JSON document with attendance, items, polls, expectations and speakers", () => {
    expect(document).toMatchObject({
      schemaVersion: 1,
      status: "draft",
      confidentiality: "on_record",
      chair: chairName,
    });
    expect(document.attendance).toMatchObject({ present: 15, registered: 18 });
    const council = document.attendance.byConstituency.find((row) => row.constituency === "council");
    expect(council?.delegations).toContain("France");
    expect(council?.delegations).not.toContain("Japan");
    expect(document.items).toHaveLength(5);
    expect(document.items.map((item) => item.conclusion)).toEqual([1, 2, 3, 4, 5].map(conclusionOf));
    const first = document.items[0];
    expect(first?.positions?.total).toBe(15);
    const statements = first?.positions?.groups.flatMap((g) => g.statements) ?? [];
    expect(statements.map((s) => s.delegation).sort()).toEqual([...names].sort());
    expect(first?.consensusCalls[0]).toMatchObject({ outcome: "not_adopted", standingObjections: 1 });
    expect(first?.consensusCalls[0]?.objections?.[0]?.delegation).toBe("Russian Federation");
    const named = first?.polls[0];
    expect(named?.ballots).toHaveLength(13);
    expect(named?.byConstituency?.council).toBeDefined();
    expect(document.expectations.map((e) => e.status)).toEqual(["agreed_with_reservations", "not_agreed"]);
    expect(document.expectations[0]?.records.map((r) => r.delegation).sort()).toEqual(["India", "Senegal"]);
    expect(document.speakers.map((s) => s.record?.map((turn) => turn.delegation))).toEqual(
      Array.from({ length: 5 }, () => ["France", "India", "South Sudan"]),
    );
    expect(document.followUp).toEqual(played.narrative.followUp);
  });

  it("shows a secret poll's totals only, in every format", async () => {
    const secret = document.items[2]?.polls[0];
    expect(secret).toMatchObject({ secret: true, byConstituency: null, ballots: null });
    expect(secret?.overall?.reduce((a, b) => a + b, 0)).toBe(13);
    expect(secret?.turnout).toEqual({ overall: 13, byConstituency: null });
    const md = readMarkdown((await download(played.server, played.consultationId, "md", played.cookies.chair)).body);
    // The secret poll's table has two columns: the option and the overall count.
    const html = md.html.slice(md.html.indexOf(pollQuestions.secret));
    const table = html.slice(html.indexOf("<table>"), html.indexOf("</table>"));
    expect(table.match(/<th>/g)).toHaveLength(2);
    const csv = (await download(played.server, played.consultationId, "csv", played.cookies.chair)).body.toString(
      "utf8",
    );
    expect(csv).not.toContain(pollQuestions.secret);
  });

  it("renders Markdown that a CommonMark reader reads back with headings and tables", async () => {
    const file = await download(played.server, played.consultationId, "md", played.cookies.secretary);
    expect(file.contentType).toBe("text/markdown; charset=utf-8");
    expect(file.fileName).toMatch(/^chairs-summary_\d{4}-\d{2}-\d{2}_protection-of-civilians.*_draft\.md$/);
    const md = readMarkdown(file.body);
    expect(md.headings).toEqual(
      expect.arrayContaining([
        "Chair's summary",
        "Attendance",
        "Agenda item 1: Political strategies and POC in mandate language",
        "Expectations on the use of force",
        "List of speakers' record",
        "Follow-up actions",
      ]),
    );
    expect(md.cells).toEqual(expect.arrayContaining(["Security Council", "Host State", "T/PCC"]));
    for (const name of names) expect(md.text).toContain(name);
    expect(md.text).toContain(pollQuestions.named);
    expect(md.text).toContain(caveats.Senegal);
    expect(md.text).toContain(played.narrative.overview);
  });

  it("carries the drafts: paragraphs numbered with their states and brackets, sponsors named", async () => {
    const [draft] = document.drafts ?? [];
    expect(draft).toMatchObject({ title: draftTexts.title, itemNumber: 1 });
    expect(draft?.counts).toEqual({ bracketed: 2, agreed_ad_referendum: 1, agreed: 0 });
    expect(draft?.paragraphs.map((p) => [p.label, p.state, p.hasBrackets])).toEqual([
      ["PP1", "agreed_ad_referendum", false],
      ["OP1", "bracketed", true],
      ["OP2", "bracketed", false],
    ]);
    expect(draft?.paragraphs[1]?.text).toBe(draftTexts.operative);
    expect(draft?.paragraphs[2]?.sponsor).toEqual({ delegation: "India", constituencies: ["tpcc"] });
    expect(draft?.pendingProposals).toMatchObject([
      { paragraph: "OP1", kind: "replace", passage: draftTexts.pendingPassage, sponsor: { delegation: "France" } },
    ]);
    const md = readMarkdown((await download(played.server, played.consultationId, "md", played.cookies.chair)).body);
    expect(md.headings).toContain("Draft texts");
    expect(md.text).toContain(`OP1 (Bracketed): ${draftTexts.operative}`);
    expect(md.text).toContain(`PP1 (Agreed ad referendum): ${draftTexts.preambular}`);
    expect(md.text).toContain("OP2 (Bracketed, proposed by India)");
    expect(md.text).toContain(`OP1 (proposed by France): replace “${draftTexts.pendingPassage}”`);
    const docx = await readDocx(
      (await download(played.server, played.consultationId, "docx", played.cookies.chair)).body,
    );
    expect(docx.text).toContain(draftTexts.operative);
  });

  it("renders a PDF whose extracted text carries the summary", async () => {
    const file = await download(played.server, played.consultationId, "pdf", played.cookies.chair);
    expect(file.contentType).toBe("application/pdf");
    const pdf = await readPdf(file.body);
    for (const text of [
      "Chair's summary",
      "Attendance",
      "15 of 18 registered delegations took part.",
      "Agenda item 3: Dialogue on challenges to implementing POC mandates",
      pollQuestions.secret,
      "Secret poll: totals only.",
      scenarios[0],
      caveats.India,
      "List of speakers' record",
      "Circulate the summary to the Council and the T/PCCs",
      conclusionOf(5),
    ]) {
      expect(pdf.text).toContain(text);
    }
    for (const name of names) expect(pdf.text).toContain(name);
    expect(pdf.info).toMatchObject({ Title: "Protection of civilians and political strategies", Author: "Trilogue" });
  });

  it("renders a Word document with real headings and tables", async () => {
    const file = await download(played.server, played.consultationId, "docx", played.cookies.chair);
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const docx = await readDocx(file.body);
    expect(docx.html).toContain("<h1>Attendance</h1>");
    expect(docx.html).toContain("<h2>Positions</h2>");
    expect((docx.html.match(/<table>/g) ?? []).length).toBeGreaterThan(10);
    for (const name of names) expect(docx.text).toContain(name);
    expect(docx.text).toContain(caveats.Senegal);
    expect(docx.text).toContain(conclusionOf(3));
  });

  it("exports the named polls' ballots as CSV, never a secret poll's", async () => {
    const file = await download(played.server, played.consultationId, "csv", played.cookies.chair);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toMatch(/_draft_ballots\.csv$/);
    const rows = file.body
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows[0]).toBe("item,poll,delegation,constituencies,choices,cast_at");
    expect(rows).toHaveLength(1 + 13 + 13);
    expect(rows.some((row) => row.includes("China") && row.includes("Force headquarters"))).toBe(true);
    for (const name of absent) expect(rows.join("\n")).not.toContain(name);
  });

  it("lets only the chair and the secretary read the draft", async () => {
    const refused = await download(played.server, played.consultationId, "pdf", played.cookies.delegate);
    expect(refused.status).toBe(403);
    const ack = await played.delegates
      .get("India")
      ?.send("summary:edit-draft", { narrative: played.narrative, baseRevision: 1 });
    expect(ack?.ok ? "accepted" : ack?.error.code).toBe("FORBIDDEN");
  });

  it("hashes the JSON export: its SHA-256 is what the document prints once final", async () => {
    const json = await download(played.server, played.consultationId, "json", played.cookies.chair);
    expect(json.body.toString("utf8")).not.toMatch(/\n/);
    expect(sha256(json.body)).toMatch(/^[0-9a-f]{64}$/);
  });
});
