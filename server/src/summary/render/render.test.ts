import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "../build/build.js";
import type { SummaryDocumentDraft } from "../build/drafts.js";
import { summaryLabels } from "../labels/index.js";
import { renderSummary } from "./index.js";
import { escapeMarkdown } from "./markdown.js";

/** Sample exports land here for a person to look at (the PDF pages in Arabic and Chinese above all). */
const artifacts = join(dirname(fileURLToPath(import.meta.url)), "../../../../test-artifacts/summary");

const sample = (language: Language, confidentiality: "on_record" | "chatham_house") =>
  buildSummary({
    snapshot: sampleSummarySnapshot({ delegations: 15, items: 5, polls: 3, language, confidentiality }),
    narrative: { overview: "", items: [], followUp: [{ action: "Circulate the summary", responsible: "Secretariat" }] },
    status: "final",
    generatedAt: new Date("2016-11-03T18:00:00Z"),
    finalisedAt: new Date("2016-11-03T18:00:00Z"),
  });
const options = { digest: "0f".repeat(32), verifyUrl: "https://trilogue.example.org/verify" };

/** A draft with one bracketed operative paragraph and an amendment before the chair. */
const draft = (named: boolean): SummaryDocumentDraft => ({
  title: "Elements for mandate language",
  itemNumber: 1,
  paragraphs: [
    {
      kind: "operative",
      number: 1,
      label: "OP1",
      state: "bracketed",
      text: "Requests the mission to protect civilians [by all necessary means];",
      hasBrackets: true,
      version: 2,
      sponsor: { delegation: named ? "Egypt" : null, constituencies: ["council"] },
      coSponsors: [],
    },
  ],
  pendingProposals: [
    {
      paragraph: "OP1",
      kind: "replace",
      passage: "by all necessary means",
      text: "using all means within its capabilities",
      sponsor: { delegation: named ? "Senegal" : null, constituencies: ["council", "tpcc"] },
      coSponsors: [],
    },
  ],
  counts: { bracketed: 1, agreed_ad_referendum: 0, agreed: 0 },
});

describe("summary renderers", () => {
  it.each([
    ["en", "on_record"],
    ["ar", "chatham_house"],
    ["zh", "chatham_house"],
    ["fr", "closed"],
  ] as const)(
    "renders every format in %s (%s), with the working language's words",
    async (language, mode) => {
      const document = sample(language, mode === "closed" ? "on_record" : mode);
      if (mode === "closed") document.confidentiality = "closed";
      document.drafts = [draft(mode === "on_record")];
      mkdirSync(artifacts, { recursive: true });
      for (const format of ["md", "pdf", "docx", "json"] as const) {
        const rendered = await renderSummary(document, format, options);
        writeFileSync(join(artifacts, `${language}-${mode}.${format}`), rendered.body);
        if (format === "md") {
          expect(rendered.body.toString("utf8")).toContain(summaryLabels[language].documentTitle.replace("'", "'"));
          expect(rendered.body.toString("utf8")).toContain(options.digest);
          expect(rendered.body.toString("utf8")).toContain(summaryLabels[language].drafts);
          expect(rendered.body.toString("utf8")).toContain(`OP1 (${summaryLabels[language].paragraphStates.bracketed}`);
        }
        if (format === "pdf") {
          const pdf = rendered.body.toString("latin1");
          expect(pdf.startsWith("%PDF-")).toBe(true);
          // Fonts are embedded (subset) and none is a standard font the reader must supply.
          expect(pdf).toContain("/FontFile2");
          expect(pdf).not.toContain("/BaseFont /Helvetica");
          const family = { ar: "NotoNaskhArabic", zh: "NotoSansSC", en: "NotoSans", fr: "NotoSans" }[language];
          expect(pdf).toContain(family);
        }
        if (format === "docx") expect(rendered.body.subarray(0, 2).toString("latin1")).toBe("PK");
      }
    },
    30_000,
  );

  it.each([
    ["en", "3 November 2016"],
    ["fr", "3 novembre 2016"],
    ["es", "3 de noviembre de 2016"],
    ["ru", "3 ноября 2016 года"],
    ["zh", "2016年11月3日"],
    ["ar", "3 تشرين الثاني/نوفمبر 2016"],
  ] as const)("dates the %s summary as that language's UN documents do: %s", async (language, date) => {
    const markdown = (await renderSummary(sample(language, "on_record"), "md", options)).body.toString("utf8");
    expect(markdown).toContain(date);
  });

  it("writes an expectation's conditions as one sentence, the drafters' own note apart in its own casing", async () => {
    const document = sample("en", "on_record");
    const expectation = document.expectations[0];
    if (!expectation) throw new Error("the sample has an expectation");
    expectation.conditions.notes = "In accordance with the rules of engagement.";
    const markdown = (await renderSummary(document, "md", options)).body.toString("utf8");
    expect(markdown).toContain("Imminent threat, within capabilities and areas of deployment");
    expect(markdown).toContain("In accordance with the rules of engagement.");
    expect(markdown).not.toMatch(/, In accordance/);
  });

  it("cites a secret poll's board hash", async () => {
    const document = sample("en", "on_record");
    const secret = document.items.flatMap((item) => item.polls).find((poll) => poll.secret);
    if (!secret) throw new Error("the sample has no secret poll");
    secret.boardHash = "b0".repeat(32);
    const markdown = (await renderSummary(document, "md", options)).body.toString("utf8");
    expect(markdown).toContain(summaryLabels.en.boardHash.replace("{hash}", "b0".repeat(32)));
  });

  it("refuses the ballots CSV unless the summary is on the record", async () => {
    await expect(renderSummary(sample("en", "chatham_house"), "csv", options)).rejects.toThrow(/on the record/);
    const csv = await renderSummary(sample("en", "on_record"), "csv", options);
    expect(csv.body.toString("utf8")).toContain("China");
  });

  it("escapes Markdown so that what people wrote reads back as written", () => {
    expect(escapeMarkdown("# not a heading\n- not a list\n1. nor this *or* [that](x) | pipe")).toBe(
      "\\# not a heading  \n\\- not a list  \n1\\. nor this \\*or\\* \\[that\\](x) \\| pipe",
    );
  });
});
