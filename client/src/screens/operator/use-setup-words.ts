import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { addSetupStrings } from "./setup-strings";

addSetupStrings(i18next);

/** The corrections' words live outside the typed first-load strings (`setup-strings.ts`). */
export function useSetupWords() {
  const { t } = useTranslation();
  return { t: t as unknown as (key: string, options?: Record<string, string | number>) => string };
}
