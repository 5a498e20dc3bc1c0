import type { Snapshot } from "@trilogue/shared";
import { pocTemplates } from "@trilogue/shared";
import { summaryLabels } from "../labels/index.js";

/** What replaces a struck name, in the summary's language. */
export type RedactionMarks = { delegation: string; person: string };

const formatCharacter = /\p{Cf}/u;
const combiningMark = /\p{Mn}/u;
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A word of a text as matching sees it, with where it stands in the original text. */
type Token = { word: string; start: number; end: number; cjk: boolean };

/**
 * Splits a text into words, compared in a folded form: compatibility-normalised (NFKD, so that
 * NFKC-equivalent spellings such as full-width letters or ligatures compare equal), lower case,
 * without accents, with format characters (zero-width spaces and joiners, bidi marks, soft
 * hyphens) dropped. A word is a run of letters and digits; each Chinese, Japanese or Korean
 * character is a word of its own, since those scripts put no space between words. Linear in the
 * text's length.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    if (formatCharacter.test(char)) continue;
    for (const part of char.normalize("NFKD").toLowerCase()) {
      if (combiningMark.test(part)) continue;
      if (!wordCharacter.test(part)) {
        current = null;
        continue;
      }
      if (cjk.test(part)) {
        current = null;
        tokens.push({ word: part, start, end: offset, cjk: true });
        continue;
      }
      if (current) {
        current.word += part;
        current.end = offset;
      } else {
        current = { word: part, start, end: offset, cjk: false };
        tokens.push(current);
      }
    }
  }
  return tokens;
}

/** Words that are everybody's, never a name worth striking: a participant may not join as "the". */
export type CommonWords = {
  /** Folded words of Latin, Cyrillic, Arabic… script. */
  words: ReadonlySet<string>;
  /** Folded Chinese/Japanese/Korean text in which a name made of those characters is looked up. */
  cjkText: string;
};

const functionWords =
  "a an and are as at be by for from in is it of on or that the this to was we with " +
  "au aux de des du en et la le les ou par pour sur un une " +
  "al con del el en la las los para por que un una y " +
  "в и к на не о по с у что " +
  "في من على إلى عن مع أن";

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const entry of value) collectStrings(entry, into);
  else if (value && typeof value === "object") for (const entry of Object.values(value)) collectStrings(entry, into);
}

let productWords: string[] | null = null;
/** What the product itself writes in every language: the summary's labels and the concept note's agenda. */
function productTexts(): string[] {
  if (!productWords) {
    const texts: string[] = [functionWords];
    collectStrings(summaryLabels, texts);
    collectStrings(pocTemplates, texts);
    productWords = texts;
  }
  return productWords;
}

/** The common words of a consultation: the product's own words and those of its title, context and agenda. */
export function commonWordsOf(texts: readonly string[]): CommonWords {
  const words = new Set<string>();
  let cjkText = "";
  for (const text of [...productTexts(), ...texts]) {
    for (const token of tokenize(text)) {
      if (token.cjk) cjkText += token.word;
      else words.add(token.word);
    }
    cjkText += "\n";
  }
  return { words, cjkText };
}

/**
 * Whether a participant's display name is worth striking: not when every word of it is a common
 * word ("the", "Council", "Security Council"), or, in Chinese script, when the whole name is
 * written in the product's own texts. Such a name would strike ordinary words from every summary,
 * and hides nobody: it was chosen, not given.
 */
export function worthStriking(words: readonly Token[], common: CommonWords): boolean {
  if (words.length === 0 || words.reduce((length, token) => length + [...token.word].length, 0) < 2) return false;
  const latin = words.filter((token) => !token.cjk);
  const han = words.filter((token) => token.cjk);
  const latinCommon = latin.every((token) => common.words.has(token.word));
  const hanCommon = han.length === 0 || common.cjkText.includes(han.map((token) => token.word).join(""));
  return !(latinCommon && hanCommon);
}

type Entry = { words: string[]; mark: string };

/**
 * Builds a function that strikes known names from free text: every delegation's name, and every
 * participant's display name worth striking (see `worthStriking`). Names match whole words, in
 * folded form (see `tokenize`), whatever the case, accents, spacing, punctuation between words or
 * invisible characters; the longest name wins where names overlap. Names in Chinese or Japanese
 * script match anywhere, having no word boundaries. Each text is read once, whatever the number
 * of names. Free text cannot be scrubbed perfectly: an adjective ("Senegalese"), a nickname or a
 * name in another script is not a known name and passes; the summary says so in its notice.
 */
export function nameRedactor(
  names: { delegations: readonly string[]; people: readonly string[] },
  marks: RedactionMarks,
  common: CommonWords = { words: new Set(), cjkText: "" },
): (text: string) => string {
  const byFirst = new Map<string, Entry[]>();
  const seen = new Set<string>();
  const add = (name: string, mark: string, person: boolean) => {
    const tokens = tokenize(name);
    if (tokens.reduce((length, token) => length + [...token.word].length, 0) < 2) return;
    if (person && !worthStriking(tokens, common)) return;
    const words = tokens.map((token) => token.word);
    const key = words.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    const first = words[0] ?? "";
    const list = byFirst.get(first) ?? [];
    list.push({ words, mark });
    byFirst.set(first, list);
  };
  for (const name of names.delegations) add(name, marks.delegation, false);
  for (const name of names.people) add(name, marks.person, true);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  if (byFirst.size === 0) return (text) => text;
  return (text) => {
    const tokens = tokenize(text);
    let out = "";
    let copied = 0;
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      if (!token) break;
      const match = byFirst
        .get(token.word)
        ?.find((entry) => entry.words.every((word, k) => tokens[i + k]?.word === word));
      if (!match) {
        i += 1;
        continue;
      }
      const last = tokens[i + match.words.length - 1] ?? token;
      out += text.slice(copied, token.start) + match.mark;
      copied = last.end;
      i += match.words.length;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}

/** The redactor of a consultation's summary: its names, its common words, its language's marks. */
export function redactorFor(snapshot: Snapshot): (text: string) => string {
  const common = commonWordsOf([
    snapshot.consultation.title,
    snapshot.consultation.missionContext,
    ...snapshot.items.flatMap((item) => [item.title, item.question]),
  ]);
  return nameRedactor(
    {
      delegations: snapshot.delegations.map((d) => d.name),
      people: snapshot.participants.map((p) => p.displayName),
    },
    summaryLabels[snapshot.consultation.workingLanguage].redacted,
    common,
  );
}
