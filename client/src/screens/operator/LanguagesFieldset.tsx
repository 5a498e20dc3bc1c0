import { languages as allLanguages, type Language } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../hooks/use-format";

/** Props of {@link LanguagesFieldset}. */
export type LanguagesFieldsetProps = {
  /** The languages ticked. */
  value: readonly Language[];
  /** The working language: always among them, so it cannot be unticked. */
  required: Language;
  onChange(next: Language[]): void;
};

/** The consultation's languages, named in the officer's language, in UN order. */
export function LanguagesFieldset({ value, required, onChange }: LanguagesFieldsetProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const names = new Intl.DisplayNames([language], { type: "language" });
  const toggle = (code: Language) =>
    onChange(
      value.includes(code)
        ? value.filter((c) => c !== code)
        : allLanguages.filter((c) => c === code || value.includes(c)),
    );
  return (
    <fieldset className="fieldset fieldset--row">
      <legend>{t("operator.create.languages")}</legend>
      {allLanguages.map((code) => (
        <label key={code} className="check">
          <input
            type="checkbox"
            checked={value.includes(code)}
            disabled={code === required}
            onChange={() => toggle(code)}
          />
          {names.of(code) ?? code}
        </label>
      ))}
    </fieldset>
  );
}
