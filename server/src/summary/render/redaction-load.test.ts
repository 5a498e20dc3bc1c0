import type { Participant } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "../build/build.js";
import { renderSummary } from "./index.js";

/**
 * 240 participants who joined under common words (and words of the agenda): an attacker's way to
 * make the redactor strike "the" from every summary, and to make each export compile huge
 * patterns. Neither the words nor the time may suffer.
 */
const adversarial = [
  "the",
  "The",
  "of",
  "and",
  "Council",
  "Security Council",
  "to",
  "a",
  "in",
  "for",
  "on",
  "with",
  "by",
  "is",
  "protection",
  "civilians",
  "mandate",
  "mandates",
  "host",
  "State",
  "Secretariat",
  "delegation",
  "position",
  "Chair",
  "summary",
  "support",
  "supports",
  "opposes",
  "neutral",
  "poll",
  "yes",
  "no",
  "abstain",
  "item",
  "political",
  "strategies",
  "strategy",
  "early",
  "warning",
  "resources",
  "peacekeeping",
  "mission",
  "force",
  "de",
  "la",
  "le",
  "et",
  "el",
  "y",
  "и",
  "в",
  "的",
  "和",
];
const participants = (count: number): Participant[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(900000 + i).padStart(12, "0")}`,
    displayName: i < adversarial.length ? (adversarial[i] ?? "") : `${adversarial[i % adversarial.length]} ${i}`,
    role: "observer" as const,
    delegationId: null,
    joinedAt: "2016-11-03T09:00:00.000Z",
  }));

/** Builds and renders the PDF of a Chatham House sample with `extra` more participants; milliseconds. */
async function timePdf(extra: Participant[]) {
  const snapshot = sampleSummarySnapshot({ delegations: 20, items: 5, polls: 3, confidentiality: "chatham_house" });
  snapshot.participants.push(...extra);
  const started = performance.now();
  const document = buildSummary({
    snapshot,
    narrative: { overview, items: [], followUp: [] },
    status: "draft",
    generatedAt: new Date("2016-11-03T18:00:00Z"),
  });
  const built = performance.now() - started;
  const pdf = await renderSummary(document, "pdf", { digest: null, verifyUrl: "https://trilogue.example.org/v" });
  return { document, pdf, built, total: performance.now() - started };
}
const overview = "The Council and the host State discussed the protection of civilians.";

describe("redaction under names that are common words", () => {
  it("renders a Chatham House PDF with 240 such names as fast as without, striking none of the words", async () => {
    await timePdf([]); // warm-up: fonts and code paths
    const plain = await timePdf([]);
    const hostile = await timePdf(participants(240));
    console.info(
      `PDF export, Chatham House, 20 delegations: ${Math.round(plain.total)} ms (build ${Math.round(plain.built)} ms); ` +
        `with 240 adversarial names ${Math.round(hostile.total)} ms (build ${Math.round(hostile.built)} ms)`,
    );
    expect(hostile.pdf.body.length).toBeGreaterThan(1000);
    expect(hostile.document.overview).toBe(overview);
    expect(hostile.document.items.map((item) => item.title)).toEqual(plain.document.items.map((item) => item.title));
    // Not an absolute time (the machine may be loaded): the names may not make the export much slower.
    expect(hostile.built).toBeLessThan(plain.built + 500);
    expect(hostile.total).toBeLessThan(plain.total * 2 + 500);
  }, 60_000);
});
