import type { Language } from "@trilogue/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../hooks/use-format";
import { setLanguage } from "../i18n/i18n";
import { asLanguage, endonyms, uiLanguages } from "../i18n/languages";

/**
 * The language of the interface: each language named in itself, so anyone finds their own; the
 * choice is kept for later visits.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id} className="language-picker__label">
        <GlobeIcon />
        {t("app.language")}
      </label>
      <select
        id={id}
        className="language-picker__select"
        value={language}
        onChange={(event) => {
          const chosen: Language | null = asLanguage(event.target.value);
          if (chosen) void setLanguage(chosen);
        }}
      >
        {uiLanguages.map((code) => (
          <option key={code} value={code} lang={code} dir={code === "ar" ? "rtl" : "ltr"}>
            {endonyms[code]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A globe: the sign people look for when the page is in a language they do not read. */
function GlobeIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <ellipse cx="12" cy="12" rx="4" ry="9" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M3 12h18M4.5 7.5h15M4.5 16.5h15" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
