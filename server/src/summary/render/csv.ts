import { csvText } from "@trilogue/shared";
import { conflict } from "../../core/errors.js";
import type { SummaryDocument } from "../build/document.js";
import { summaryLabels } from "../labels/index.js";
import { optionLabel } from "./layout-items.js";

/**
 * The ballots of the open (named) polls, one row per delegation and poll. Only an on-the-record
 * summary names who voted what; in other modes there is nothing to export and it is refused.
 * Secret polls never appear: the document holds no ballot of theirs.
 */
export function renderBallotsCsv(document: SummaryDocument): string {
  if (document.confidentiality !== "on_record") {
    throw conflict("Ballots are exported only for a consultation on the record.", {
      code: "ballots_export_needs_record",
    });
  }
  const labels = summaryLabels[document.language];
  const rows = [["item", "poll", "delegation", "constituencies", "choices", "cast_at"]];
  for (const item of document.items) {
    for (const poll of item.polls) {
      for (const ballot of poll.ballots ?? []) {
        rows.push([
          String(item.number),
          poll.question,
          ballot.delegation,
          ballot.constituencies.join(";"),
          ballot.choices.map((choice) => optionLabel(poll, choice, labels)).join(";"),
          ballot.castAt,
        ]);
      }
    }
  }
  // The shared writer: formulas defused, RFC 4180 quoting, CRLF, a byte-order mark for the UTF-8.
  return csvText(rows);
}
