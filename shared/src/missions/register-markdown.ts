import { registerWords as en } from "./register-words.js";
import type { ExpectationsRegister, RegisterEntry } from "./schemas.js";

const entryWords: Record<RegisterEntry["kind"], string> = {
  adopted: "Adopted",
  reaffirmed: "Reaffirmed",
  revised: "Revised",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
};

/** A redline in Markdown: deletions struck through, insertions in bold. */
function redlineMarkdown(segments: NonNullable<RegisterEntry["redline"]>): string {
  return segments
    .map((s) => (s.op === "equal" ? s.text : s.op === "delete" ? `~~${s.text}~~` : `**${s.text}**`))
    .join("");
}

/**
 * The register as Markdown. Attribution as in the summary: T/PCCs are named for their own records
 * (acceptances and caveats are on the record by delegation); no individual is named.
 */
export function registerMarkdown(register: ExpectationsRegister): string {
  const lines = [
    `# Expectations register: ${register.mission.name}`,
    "",
    `Generated ${register.generatedAt}. Confirmations older than ${register.staleAfterDays} days, or made before an expectation's latest agreement, are marked STALE.`,
    "",
    `Consultations: ${register.consultations.map((c) => `${c.title} (${c.date})`).join("; ") || "none"}`,
  ];
  if (register.expectations.length === 0) lines.push("", "No expectation has been agreed yet.");
  register.expectations.forEach((expectation, index) => {
    lines.push("", `## ${index + 1}. ${expectation.fields.scenario} (${expectation.standing})`, "");
    for (const line of expectation.text.split("\n")) lines.push(`> ${line}`);
    lines.push("", "### History", "");
    for (const entry of expectation.history) {
      const where = entry.consultationTitle ? ` in ${entry.consultationTitle}` : "";
      lines.push(`- ${entryWords[entry.kind]}${where} on ${entry.date}${entry.note ? `: ${entry.note}` : ""}`);
      if (entry.redline) lines.push("", `  Redline: ${redlineMarkdown(entry.redline).replaceAll("\n", " / ")}`, "");
    }
    if (expectation.implementationNotes.length > 0) {
      lines.push("", "### Secretariat implementation notes", "");
      for (const note of expectation.implementationNotes) {
        lines.push(
          `- ${note.writtenAt.slice(0, 10)}, ${note.authorName} (Secretariat): ${note.text.replaceAll("\n", " ")}`,
        );
      }
    }
    lines.push("", "### T/PCC records", "");
    if (expectation.acceptances.length === 0) lines.push("None recorded.");
    else {
      lines.push("| T/PCC | Record | National caveat | Last confirmed | |", "|---|---|---|---|---|");
      for (const a of expectation.acceptances) {
        const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
        lines.push(
          `| ${cell(a.delegationName ?? "a T/PCC")} | ${en.acceptanceKinds[a.kind]} | ${cell(a.caveat ?? "")} | ${a.confirmedAt.slice(0, 10)} (${cell(a.consultationTitle)}) | ${a.stale ? "STALE" : ""} |`,
        );
      }
    }
  });
  return `${lines.join("\n")}\n`;
}
