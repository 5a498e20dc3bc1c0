import { cleanup } from "@testing-library/react";
import i18next from "i18next";
import { afterEach } from "vitest";
import { initI18n } from "../i18n/i18n";
import { resources } from "../i18n/resources";

// Components read their words through i18next, as in the app; the app fetches each language when
// chosen, tests have all six at hand.
await initI18n("en");
for (const [language, bundle] of Object.entries(resources)) {
  i18next.addResourceBundle(language, "translation", bundle.translation);
}
afterEach(cleanup);
