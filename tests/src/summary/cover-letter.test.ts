import { summaryLabels } from "@trilogue/server";
import { languages } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { download, readDocx, readMarkdown, readPdf } from "./readers.js";

/**
 * The optional cover letter in UN form, chosen at export: the chair's letter to the President of
 * the Security Council with the document symbol left open (S/[year]/...), the summary as its annex.
 */
describe("the summary's cover letter", () => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer(database);
    room = await openRoom(server);
    cookie = room.cookieOf(room.chair);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  const letterDate = () => new Date().toISOString().slice(0, 10);

  it("leads the Markdown with the letter, then the summary as its annex; without it, none", async () => {
    const plain = (await download(server, room.consultationId, "md", cookie)).body.toString("utf8");
    expect(plain).not.toContain("Letter dated");
    const lettered = await download(server, room.consultationId, "md?cover=letter", cookie);
    expect(lettered.status).toBe(200);
    const markdown = lettered.body.toString("utf8");
    const { headings, text } = readMarkdown(lettered.body);
    const year = letterDate().slice(0, 4);
    expect(text).toContain(`S/${year}/...`);
    expect(headings[0]).toMatch(
      /^Letter dated \d{1,2} [A-Z][a-z]+ \d{4} from the Chair of the Security Council Working Group on Peacekeeping Operations addressed to the President of the Security Council$/,
    );
    expect(text).toContain("(Signed) Fodé Seck");
    expect(text).toContain("Chair of the Security Council Working Group on Peacekeeping Operations");
    // The annex follows, on its own page, then the summary itself.
    const annex = markdown.indexOf("Annex to the letter dated");
    expect(annex).toBeGreaterThan(markdown.indexOf("---"));
    expect(markdown.indexOf("Chair's summary")).toBeGreaterThan(annex);
    // The rest is the summary as it is without the letter.
    expect(markdown.endsWith(plain.slice(plain.indexOf("Chair's summary")))).toBe(true);
  });

  it("writes the letter into the PDF", async () => {
    const pdf = await download(server, room.consultationId, "pdf?cover=letter", cookie);
    expect(pdf.contentType).toBe("application/pdf");
    const { text, pages } = await readPdf(pdf.body);
    expect(text).toContain("Letter dated");
    expect(text).toContain("addressed to the President of the Security Council");
    expect(text).toContain(`S/${letterDate().slice(0, 4)}/...`);
    expect(text.indexOf("Annex to the letter dated")).toBeGreaterThan(text.indexOf("(Signed) Fodé Seck"));
    expect(pages).toBeGreaterThan(1);
    const plain = await readPdf((await download(server, room.consultationId, "pdf", cookie)).body);
    expect(plain.text).not.toContain("Letter dated");
  });

  it("writes the letter into the Word document, the annex after a page break", async () => {
    const docx = await download(server, room.consultationId, "docx?cover=letter", cookie);
    const { text, parts } = await readDocx(docx.body);
    expect(text).toContain("Letter dated");
    expect(text).toContain("(Signed) Fodé Seck");
    const body = parts["word/document.xml"] ?? "";
    expect(body.indexOf('w:type="page"')).toBeGreaterThan(body.indexOf("Chair of the Security Council Working Group"));
    expect(body.indexOf("Annex to the letter dated")).toBeGreaterThan(body.indexOf('w:type="page"'));
  });

  it.each(languages)("has its words in %s", (language) => {
    const labels = summaryLabels[language];
    for (const value of [labels.letterChair, labels.annex, labels.letterRequest, labels.letterBody])
      expect(value.length).toBeGreaterThan(0);
    expect(labels.letterBody).toContain("{title}");
    expect(summaryLabels[language].letterTitle).toContain("{date}");
    expect(summaryLabels[language].letterSymbol).toBe("S/{year}/...");
    expect(summaryLabels[language].annexTitle).toContain("{date}");
    expect(summaryLabels[language].letterSigned).toContain("{chair}");
    if (language !== "en") expect(summaryLabels[language].letterChair).not.toBe(summaryLabels.en.letterChair);
  });
});
