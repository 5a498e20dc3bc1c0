import { type Language, languages } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "../build/build.js";
import { fill, summaryLabels } from "../labels/index.js";
import { renderSummary } from "./index.js";
import { unDate } from "./un-style.js";

const sample = (language: Language) =>
  buildSummary({
    snapshot: sampleSummarySnapshot({ delegations: 15, items: 2, polls: 1, language, confidentiality: "on_record" }),
    narrative: { overview: "", items: [], followUp: [] },
    status: "final",
    generatedAt: new Date("2016-11-04T18:00:00Z"),
    finalisedAt: new Date("2016-11-04T18:00:00Z"),
  });
const options = { digest: "0f".repeat(32), verifyUrl: "https://trilogue.example.org/verify", coverLetter: true };

describe("the cover letter", () => {
  it.each(languages)("in %s: dated as UN documents write dates, the annex after it", async (language) => {
    const document = sample(language);
    const labels = summaryLabels[language];
    const markdown = (await renderSummary(document, "md", options)).body.toString("utf8");
    const date = unDate(language, "2016-11-04");
    expect(markdown.startsWith(`**${fill(labels.letterSymbol, { year: 2016 })}**`)).toBe(true);
    expect(markdown).toContain(fill(labels.letterTitle, { date }));
    expect(markdown).toContain(fill(labels.annexTitle, { date }));
    expect(markdown.indexOf(fill(labels.annexTitle, { date }))).toBeLessThan(
      markdown.indexOf(`\n# ${labels.documentTitle}`),
    );
    const plain = (await renderSummary(document, "md", { ...options, coverLetter: false })).body.toString("utf8");
    expect(plain).not.toContain(fill(labels.letterTitle, { date }));
  });
});
