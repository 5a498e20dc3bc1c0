import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { addDisplayStrings } from "./display-strings";

addDisplayStrings(i18next);

/** The display's and the chair's meeting words live outside the typed first-load strings (`display-strings.ts`). */
export function useDisplayWords() {
  const { t } = useTranslation();
  return { t };
}
