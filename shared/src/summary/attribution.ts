import type { Confidentiality } from "../domain/enums.js";

const strictness: Record<Confidentiality, number> = { on_record: 0, chatham_house: 1, closed: 2 };

/** The stricter of two modes: a summary may be built more discreet than its consultation, never less. */
export function stricterMode(a: Confidentiality, b: Confidentiality): Confidentiality {
  return strictness[a] >= strictness[b] ? a : b;
}

/** What a mode lets the summary say. */
export type Attribution = {
  /** Delegations are named (on the record). */
  namesDelegations: boolean;
  /** Views are attributed to constituencies (Chatham House). */
  namesConstituencies: boolean;
  /** The discussion (positions, objections' reasons, turns) is reported; closed carries outcomes only. */
  reportsDiscussion: boolean;
  /** Known names are struck from free text. */
  redacts: boolean;
};

export function attributionOf(mode: Confidentiality): Attribution {
  return {
    namesDelegations: mode === "on_record",
    namesConstituencies: mode !== "closed",
    reportsDiscussion: mode !== "closed",
    redacts: mode !== "on_record",
  };
}

/** What replaces a struck name, in the summary's language. */
export type RedactionMarks = { delegation: string; person: string };

const hasCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const keyOf = (name: string) => name.replace(/\s+/g, " ").toLocaleLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds a function that strikes known names from free text: every delegation's name and every
 * participant's display name, longest first, case-insensitively, as whole words (names written in
 * Chinese or Japanese script match anywhere, having no word boundaries). Free text cannot be
 * scrubbed perfectly: an adjective ("Senegalese"), a nickname or a name in another script is not
 * a known name and passes. The summary says so in its Chatham House notice.
 */
export function nameRedactor(
  names: { delegations: readonly string[]; people: readonly string[] },
  marks: RedactionMarks,
) {
  const entries = [
    ...names.delegations.map((name) => ({ name: name.trim(), mark: marks.delegation })),
    ...names.people.map((name) => ({ name: name.trim(), mark: marks.person })),
  ]
    .filter((entry) => [...entry.name].length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const byName = new Map<string, string>();
  for (const entry of entries) {
    const key = keyOf(entry.name);
    if (!byName.has(key)) byName.set(key, entry.mark);
  }
  const keys = [...byName.keys()];
  const patterns = new Map<string, RegExp>();
  /** A pattern for the few names a text holds (one pattern for hundreds of names is slow). */
  const patternFor = (present: string[]) => {
    const id = present.join("\n");
    let pattern = patterns.get(id);
    if (!pattern) {
      const alternatives = present.map((key) => {
        // Any run of spaces in the text matches a space in the name.
        const body = escapeRegExp(key).replace(/ /g, "\\s+");
        return hasCjk.test(key) ? body : `(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`;
      });
      pattern = new RegExp(alternatives.join("|"), "giu");
      patterns.set(id, pattern);
    }
    return pattern;
  };
  return (text: string) => {
    const lower = keyOf(text);
    const present = keys.filter((key) => lower.includes(key));
    if (present.length === 0) return text;
    return text.replace(patternFor(present), (match) => byName.get(keyOf(match)) ?? marks.delegation);
  };
}
