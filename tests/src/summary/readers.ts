import JSZip from "jszip";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import type { TestServer } from "../support/server.js";

/** One export as the server sends it. */
export type Download = { status: number; body: Buffer; contentType: string; fileName: string };

/** Downloads a summary export with a session cookie. */
export async function download(
  server: TestServer,
  consultationId: string,
  format: string,
  cookie: string,
): Promise<Download> {
  const response = await fetch(`${server.url}/api/consultations/${consultationId}/summary/${format}`, {
    headers: { cookie },
  });
  const disposition = response.headers.get("content-disposition") ?? "";
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "",
    fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "",
  };
}

/** The PDF's text (pages joined) and its document information, read by pdf.js through unpdf. */
export async function readPdf(body: Buffer): Promise<{ text: string; info: Record<string, unknown>; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const meta = await getMeta(pdf);
  return { text: text.replace(/\s+/g, " "), info: meta.info, pages: totalPages };
}

/** The Word document's text and HTML by mammoth, and every XML part (metadata included) by JSZip. */
export async function readDocx(body: Buffer): Promise<{ text: string; html: string; parts: Record<string, string> }> {
  const { value: text } = await mammoth.extractRawText({ buffer: body });
  const { value: html } = await mammoth.convertToHtml({ buffer: body });
  const zip = await JSZip.loadAsync(body);
  const parts: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts[name] = await file.async("string");
  return { text: text.replace(/\s+/g, " "), html, parts };
}

/** Markdown parsed by markdown-it (CommonMark with tables): its headings, table cells and plain text. */
export function readMarkdown(body: Buffer): { headings: string[]; cells: string[]; text: string; html: string } {
  const md = new MarkdownIt();
  const tokens = md.parse(body.toString("utf8"), {});
  const headings: string[] = [];
  const cells: string[] = [];
  const texts: string[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "inline") return;
    const plain = (token.children ?? [])
      .map((child) =>
        child.type === "text" || child.type === "code_inline"
          ? child.content
          : child.type === "softbreak" || child.type === "hardbreak"
            ? " "
            : "",
      )
      .join("");
    texts.push(plain);
    const opener = tokens[index - 1]?.type;
    if (opener === "heading_open") headings.push(plain);
    if (opener === "td_open" || opener === "th_open") cells.push(plain);
  });
  return { headings, cells, text: texts.join(" ").replace(/\s+/g, " "), html: md.render(body.toString("utf8")) };
}
