import "i18next";
import type { subjectStrings } from "../screens/decisions/subject-strings";
import type { displayStrings } from "../screens/display/display-strings";
import type { missionStrings } from "../screens/missions/missions-strings";
import type { setupStrings } from "../screens/operator/setup-strings";
import type { letterStrings } from "../screens/summary/letter-strings";
import type { reasonStrings } from "./reason-strings";
import type { resources } from "./resources";

/**
 * The words loaded with a screen rather than with the first load (`addLazyStrings`): typed as the
 * first-load ones are, so their keys are checked too.
 */
type LazyStrings = (typeof displayStrings)["en"] &
  (typeof missionStrings)["en"] &
  (typeof subjectStrings)["en"] &
  (typeof setupStrings)["en"] &
  (typeof letterStrings)["en"] &
  (typeof reasonStrings)["en"];

declare module "i18next" {
  /** Typed keys: a missing or misspelt key fails the type check. */
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: (typeof resources)["en"]["translation"] & LazyStrings };
  }
}
