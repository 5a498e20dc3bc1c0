import { z } from "zod";
import { limits } from "./limits.js";

/**
 * Characters a display name may not hold: controls (Cc), invisible format characters (Cf: zero
 * width spaces and joiners, direction marks and overrides), other than spacing (tabs, line breaks). They
 * let a name look like another ("Fr\u200Bance") or reorder the text around it in every export.
 */
const forbidden = /[\p{Cc}\p{Cf}]/u;
const meaningful = /[\p{L}\p{N}]/u;

/** A display name as stored: NFKC-normalised, runs of spaces made one, trimmed. */
export function normaliseDisplayName(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/**
 * Why a display name is refused, or null when it is acceptable. Checked after normalisation, so a
 * name of full-width letters or doubled spaces is judged as it will be shown.
 */
export function displayNameProblem(raw: string): string | null {
  // Tabs and line breaks are spacing, made one space below; any other control is refused.
  if (forbidden.test(raw.replace(/\s/gu, " "))) return "must not contain control or invisible formatting characters";
  const name = normaliseDisplayName(raw);
  if (name.length === 0) return "must not be empty";
  if (name.length > limits.displayName) return `must be at most ${limits.displayName} characters`;
  if (!meaningful.test(name)) return "must contain at least one letter or digit";
  return null;
}

/** A person's display name: validated as above, and normalised on the way in. */
export const displayNameSchema = z
  .string()
  .max(limits.displayName * 4)
  .superRefine((raw, ctx) => {
    const problem = displayNameProblem(raw);
    if (problem) ctx.addIssue({ code: "custom", message: `The display name ${problem}.` });
  })
  .transform(normaliseDisplayName);
