import { describe, expect, it } from "vitest";
import { assertWholePdf } from "./briefing.rules.js";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

describe("a briefing's file", () => {
  it("is a whole PDF within the size limit", () => {
    expect(() => assertWholePdf(pdf, 1024)).not.toThrow();
  });
  it("is refused when it is not a PDF, too large, truncated or empty", () => {
    expect(() => assertWholePdf(Buffer.from("PK\u0003\u0004 a zip"), 1024)).toThrow(/not a PDF/);
    expect(() => assertWholePdf(pdf, 10)).toThrow(/at most/);
    expect(() => assertWholePdf(pdf.subarray(0, pdf.length - 8), 1024)).toThrow(/incomplete/);
    expect(() => assertWholePdf(Buffer.alloc(0), 1024)).toThrow(/empty/);
  });
});
