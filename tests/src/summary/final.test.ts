import { createHash } from "node:crypto";
import { summaryDocumentSchema } from "@trilogue/server";
import { summaryStateSchema } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/databases.js";
import { queryRows } from "../support/server.js";
import { draftTexts } from "./drafting-scenario.js";
import { type Download, download, readDocx, readMarkdown, readPdf } from "./readers.js";
import { attending, caveats, chairName, type Played, playConsultation, pollQuestions } from "./scenario.js";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const formats = ["md", "pdf", "docx", "json"] as const;

/**
 * Every delegation's name and every person's but the chair's, which a Chatham House export must never
 * hold. The chair signs the summary in every mode: issuing it is not a statement made in the room.
 */
const forbidden = (played: Played) => [
  ...Object.keys(attending),
  "Japan",
  "Bangladesh",
  "OHCHR",
  ...played.people.filter((person) => person !== chairName),
];

describe.each(databaseKinds)("the final Chatham House summary on %s", (kind) => {
  let played: Played;
  let files: Record<(typeof formats)[number], Download>;
  let state: ReturnType<typeof summaryStateSchema.parse>;
  let seqBefore: number;

  beforeAll(async () => {
    played = await playConsultation(kind);
    await played.chair.sync();
    seqBefore = played.chair.replica.seq ?? 0;
    const finalised = await played.chair.must("summary:finalise", { revision: 1 });
    expect(finalised.seq).toBe(seqBefore + 1);
    const response = await fetch(`${played.server.url}/api/consultations/${played.consultationId}/summary`, {
      headers: { cookie: played.cookies.delegate },
    });
    state = summaryStateSchema.parse(await response.json());
    files = {} as typeof files;
    // Once final, a delegate may download it too.
    for (const format of formats)
      files[format] = await download(played.server, played.consultationId, format, played.cookies.delegate);
  }, 240_000);
  afterAll(async () => {
    await played?.close();
  });

  it("is final, with its digest and the last event it covers", () => {
    expect(state).toMatchObject({ status: "final", revision: 1, coveredSeq: seqBefore });
    expect(state.digest).toMatch(/^[0-9a-f]{64}$/);
    for (const format of formats) expect(files[format].status).toBe(200);
  });

  it("names no delegation and no person in any format, its metadata or its file name", async () => {
    const names = forbidden(played);
    const md = readMarkdown(files.md.body);
    const pdf = await readPdf(files.pdf.body);
    const docx = await readDocx(files.docx.body);
    const texts: Record<string, string> = {
      md: files.md.body.toString("utf8"),
      mdText: md.text,
      pdf: pdf.text,
      pdfInfo: JSON.stringify(pdf.info),
      docx: Object.values(docx.parts).join("\n"),
      json: files.json.body.toString("utf8"),
      fileNames: formats.map((f) => files[f].fileName).join(" "),
    };
    for (const [where, text] of Object.entries(texts)) {
      for (const name of names) expect(`${where}: ${text.includes(name) ? name : ""}`).toBe(`${where}: `);
    }
    for (const where of ["mdText", "pdf", "docx", "json"]) expect(texts[where], where).toContain(chairName);
    // The statement that named Senegal and a person reads with both struck.
    expect(md.text).toContain("As [a delegation] and [a participant] said");
    expect(docx.parts["docProps/core.xml"]).toContain("<dc:creator>Trilogue</dc:creator>");
  });

  it("attributes views to constituencies, reservations included", async () => {
    const document = summaryDocumentSchema.parse(JSON.parse(files.json.body.toString("utf8")));
    expect(document.confidentiality).toBe("chatham_house");
    expect(document.items[0]?.positions?.groups.map((g) => g.constituencies)).toContainEqual(["council", "tpcc"]);
    expect(document.expectations[0]?.records).toEqual([
      { kind: "accepts_with_reservation", delegation: null, constituencies: ["tpcc"], caveat: caveats.India },
      {
        kind: "accepts_with_reservation",
        delegation: null,
        constituencies: ["council", "tpcc"],
        caveat: caveats.Senegal,
      },
    ]);
    const pdf = await readPdf(files.pdf.body);
    expect(pdf.text).toContain("Security Council and T/PCC (Accepts with a national caveat)");
    expect(pdf.text).toContain(pollQuestions.secret);
  });

  it("carries the drafts with their states and brackets, and names no sponsor under Chatham House", () => {
    const document = summaryDocumentSchema.parse(JSON.parse(files.json.body.toString("utf8")));
    const [draft] = document.drafts ?? [];
    expect(draft?.paragraphs.find((p) => p.label === "OP1")).toMatchObject({
      state: "bracketed",
      hasBrackets: true,
      text: draftTexts.operative,
    });
    const sponsors = [
      ...(draft?.paragraphs ?? []).flatMap((p) => [p.sponsor, ...p.coSponsors]),
      ...(draft?.pendingProposals ?? []).flatMap((p) => [p.sponsor, ...p.coSponsors]),
    ];
    expect(sponsors.filter((s) => s !== null).length).toBeGreaterThan(0);
    for (const sponsor of sponsors) expect(sponsor?.delegation ?? null).toBeNull();
    expect(draft?.paragraphs.find((p) => p.label === "OP2")?.sponsor).toEqual({
      delegation: null,
      constituencies: ["tpcc"],
    });
    const md = readMarkdown(files.md.body).text;
    expect(md).toContain(`OP1 (Bracketed): ${draftTexts.operative}`);
    expect(md).toContain("OP2 (Bracketed, proposed by T/PCC)");
  });

  it("cites the hash of the last event it covers, as the event log stores it", async () => {
    const document = summaryDocumentSchema.parse(JSON.parse(files.json.body.toString("utf8")));
    const [row] = await queryRows<{ hash: string }>(
      played.server.app,
      `select hash from consultation_events where consultation_id = '${played.consultationId}' and seq = ${document.coveredSeq}`,
    );
    expect(document.coveredHash).toMatch(/^[0-9a-f]{64}$/);
    expect(document.coveredHash).toBe(row?.hash);
    expect(state.coveredHash).toBe(row?.hash);
    expect(readMarkdown(files.md.body).text).toContain(document.coveredHash ?? "-");
    expect((await readPdf(files.pdf.body)).text).toContain(document.coveredHash ?? "-");
  });

  it("verifies: the JSON file's SHA-256 is the digest the PDF, DOCX and Markdown print", async () => {
    const digest = state.digest ?? "";
    expect(sha256(files.json.body)).toBe(digest);
    expect((await readPdf(files.pdf.body)).text).toContain(digest);
    expect((await readDocx(files.docx.body)).text).toContain(digest);
    expect(readMarkdown(files.md.body).text).toContain(`up to no. ${seqBefore}`);
    const base = `${played.server.url}/api/consultations/${played.consultationId}/summary/verify`;
    expect(await (await fetch(`${base}?digest=${digest}`)).json()).toMatchObject({
      valid: true,
      coveredSeq: seqBefore,
    });
    expect(await (await fetch(`${base}?digest=${"0".repeat(64)}`)).json()).toMatchObject({ valid: false });
    // The file itself, posted by anyone: valid as it is, invalid once a word changes.
    const posted = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: files.json.body.toString("utf8"),
    });
    expect(await posted.json()).toMatchObject({ valid: true, digest });
    const tampered = files.json.body.toString("utf8").replace("not_adopted", "adopted");
    const forged = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: tampered,
    });
    expect(await forged.json()).toMatchObject({ valid: false });
  });

  it("cannot be changed once final, and exports the same document after more events", async () => {
    const edit = await played.secretary.send("summary:edit-draft", { narrative: played.narrative, baseRevision: 1 });
    expect(edit.ok ? "accepted" : edit.error.code).toBe("CONFLICT");
    const again = await played.chair.send("summary:finalise", { revision: 1 });
    expect(again.ok ? "accepted" : again.error.code).toBe("CONFLICT");
    // The meeting goes on: a new position is published; the final summary does not move.
    const item = played.items[0];
    if (!item) throw new Error("no item");
    await played.chair.must("agenda:reopen", { itemId: item.id });
    await played.delegates
      .get("Ethiopia")
      ?.must("position:publish", { itemId: item.id, stance: "opposes", statement: "Late." });
    const json = await download(played.server, played.consultationId, "json", played.cookies.chair);
    expect(json.body.equals(files.json.body)).toBe(true);
  });

  it("is refused by the database itself if anything tries to rewrite it", async () => {
    const rewrite = queryRows(
      played.server.app,
      `update summaries set document = '{}' where consultation_id = '${played.consultationId}'`,
    );
    await expect(rewrite).rejects.toThrow();
    const [row] = await queryRows<{ digest: string }>(
      played.server.app,
      `select digest from summaries where consultation_id = '${played.consultationId}'`,
    );
    expect(row?.digest).toBe(state.digest);
  });

  it("refuses a stale or unauthorised finalisation and the CSV of a Chatham House summary", async () => {
    const csv = await download(played.server, played.consultationId, "csv", played.cookies.chair);
    expect(csv.status).toBe(409);
    const outsider = await fetch(`${played.server.url}/api/consultations/${played.consultationId}/summary/pdf`);
    expect(outsider.status).toBe(401);
  });
});
