/** A Member State of the United Nations, for the delegation picker. */
export type MemberState = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The name in the reader's language (Intl), for the picker. */
  label: string;
  /** The English short name, registered as the delegation's name unless edited. */
  name: string;
};

const cached = new Map<string, Promise<MemberState[]>>();

/**
 * The UN Member States from the `world-countries` data set (its `unMember` flag), labelled in the
 * reader's language. Loaded on demand: only the operator needs it.
 */
export function loadMemberStates(language: string): Promise<MemberState[]> {
  const known = cached.get(language);
  if (known) return known;
  const loading = import("world-countries").then(({ default: countries }) => {
    const names = new Intl.DisplayNames([language, "en"], { type: "region" });
    return countries
      .filter((country) => country.unMember)
      .map((country) => ({
        code: country.cca2,
        name: country.name.common,
        label: names.of(country.cca2) ?? country.name.common,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  });
  cached.set(language, loading);
  return loading;
}
