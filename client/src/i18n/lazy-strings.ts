/** The part of i18next that adding a lazily loaded bundle needs. */
export type BundleTarget = {
  hasResourceBundle(language: string, namespace: string): boolean;
  addResourceBundle(language: string, namespace: string, resources: object, deep: boolean, overwrite: boolean): unknown;
  on(event: "languageChanged", callback: (language: string) => void): void;
};

/**
 * Adds words kept out of the first load (by language) to every language i18next holds now, and to
 * each it loads later. Their keys are typed with the others' (`i18next.d.ts`), so screens call `t`
 * on them as on any key.
 */
export function addLazyStrings(i18n: BundleTarget, bundles: Readonly<Record<string, object>>): void {
  const add = (language: string) => {
    const strings = Object.hasOwn(bundles, language) ? bundles[language] : undefined;
    if (strings && i18n.hasResourceBundle(language, "translation")) {
      i18n.addResourceBundle(language, "translation", strings, true, false);
    }
  };
  for (const language of Object.keys(bundles)) add(language);
  i18n.on("languageChanged", add);
}
