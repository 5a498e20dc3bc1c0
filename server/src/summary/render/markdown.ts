import type { Block } from "./blocks.js";

/**
 * Escapes text for CommonMark: characters that make markup anywhere are backslash-escaped, and so
 * are those that do only at a line's start (headings, lists, quotes); line breaks inside a
 * paragraph stay hard breaks. What people wrote reads back as written, and raw text stays legible.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .split(/\r?\n/)
    .map((line) => line.trimStart())
    .map((line) =>
      line.replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_m, space: string, mark: string) =>
        /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
      ),
    )
    .join("  \n");
}

/** A table cell: escaped, on one line. */
const cell = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, " ")) || " ";

/** A bold label and its text; the colon stays outside the emphasis, where CommonMark closes it. */
const labelled = (label: string | undefined, text: string, colon: string) =>
  label ? `**${escapeMarkdown(label)}**${colon}${text}` : text;

/** Indents a list entry's continuation lines under its marker. */
const indent = (text: string, width: number) => text.replace(/\n/g, `\n${" ".repeat(width)}`);

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case "title":
      return `# ${escapeMarkdown(b.text)}`;
    case "subtitle":
      return `**${escapeMarkdown(b.text)}**`;
    case "heading":
      return `${"#".repeat(b.level + 1)} ${cell(b.text)}`;
    case "paragraph": {
      const text = escapeMarkdown(b.text);
      const body = labelled(b.label, text, colon);
      return b.tone === "notice" ? `> ${body.replace(/\n/g, "\n> ")}` : b.tone === "strong" ? `**${body}**` : body;
    }
    case "list":
      return b.items
        .map((item, index) => {
          const marker = b.ordered ? `${index + 1}. ` : "- ";
          return `${marker}${indent(labelled(item.label, escapeMarkdown(item.text), colon), marker.length)}`;
        })
        .join("\n");
    case "pageBreak":
      return "---";
    case "table": {
      const header = `| ${b.header.map(cell).join(" | ")} |`;
      const rule = `|${b.header.map(() => " --- ").join("|")}|`;
      const rows = b.rows.map((row) => `| ${row.map(cell).join(" | ")} |`);
      return [header, rule, ...rows].join("\n");
    }
  }
}

/** The summary as CommonMark with GitHub-style tables; `colon` follows a label, as the language writes it. */
export function renderMarkdown(blocks: readonly Block[], colon: string): string {
  return `${blocks.map((b) => block(b, colon)).join("\n\n")}\n`;
}
