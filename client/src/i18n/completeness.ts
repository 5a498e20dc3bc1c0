import type { PluralCategory } from "./strings";

/** A tree of strings, as a language's resources are. */
export type StringTree = { readonly [key: string]: string | StringTree };

const pluralKey = /^(.*)_(zero|one|two|few|many|other)$/;
const placeholder = /\{\{\s*([^,}\s]+)[^}]*\}\}/g;

/** Every string of a tree by its dotted key (`floor.announce`). */
export function flatten(tree: StringTree, prefix = ""): Map<string, string | StringTree> {
  const out = new Map<string, string | StringTree>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, leaf] of flatten(value, path)) out.set(inner, leaf);
  }
  return out;
}

/** The interpolation names a string uses (`{{count}}`, `{{delegation}}`), formats stripped. */
export function placeholdersOf(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(placeholder), (match) => match[1] ?? ""));
}

/** The plural categories a language needs, as `Intl.PluralRules` (and so i18next) reports them. */
export function pluralCategoriesOf(language: string): PluralCategory[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** Plural forms that may leave the count out ("one minute", "دقيقتان", "aucune"). */
const countMayBeImplied: ReadonlySet<string> = new Set(["zero", "one", "two"]);

/**
 * Compares one language's strings with the reference (English), key for key, and returns every
 * problem found: a missing or extra key, a plural key without exactly the language's categories,
 * an empty string, and a placeholder dropped or added. A plural key is one English writes with
 * `_one` and `_other`; a language then has one key per CLDR category it needs, and its zero, one
 * and two forms may imply `{{count}}` rather than write it.
 */
export function localeProblems(reference: StringTree, candidate: StringTree, language: string): string[] {
  const problems: string[] = [];
  const ref = flatten(reference);
  const own = flatten(candidate);
  const categories = pluralCategoriesOf(language);
  const pluralBases = new Set<string>();
  for (const key of ref.keys()) {
    const match = pluralKey.exec(key);
    if (match?.[1] !== undefined && ref.has(`${match[1]}_other`)) pluralBases.add(match[1]);
  }

  // The keys this language must have, each with the English text whose placeholders it must keep.
  const expected = new Map<string, { english: string; category: string | null }>();
  for (const [key, value] of ref) {
    if (typeof value !== "string") continue;
    const match = pluralKey.exec(key);
    const base = match?.[1];
    if (base !== undefined && pluralBases.has(base)) {
      const english = ref.get(`${base}_other`);
      for (const category of categories)
        expected.set(`${base}_${category}`, { english: typeof english === "string" ? english : value, category });
    } else expected.set(key, { english: value, category: null });
  }

  for (const [key, { english, category }] of expected) {
    const text = own.get(key);
    if (text === undefined) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(`${language}: ${key} is empty or not a string`);
      continue;
    }
    const wanted = placeholdersOf(english);
    const found = placeholdersOf(text);
    for (const name of wanted) {
      const implied = name === "count" && category !== null && countMayBeImplied.has(category);
      if (!found.has(name) && !implied) problems.push(`${language}: ${key} drops {{${name}}}`);
    }
    for (const name of found) if (!wanted.has(name)) problems.push(`${language}: ${key} adds {{${name}}}`);
  }
  for (const key of own.keys()) if (!expected.has(key)) problems.push(`${language}: extra ${key}`);
  return problems;
}
