import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { addMissionStrings } from "./missions-strings";

addMissionStrings(i18next);

/** The missions' words live outside the typed first-load strings (`missions-strings.ts`). */
export function useMissionWords() {
  const { t } = useTranslation();
  return { t };
}
