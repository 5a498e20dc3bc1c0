import { cleanup, configure } from "@testing-library/react";
import i18next from "i18next";
import { afterEach } from "vitest";
import { initI18n } from "../i18n/i18n";
import { resources } from "../i18n/resources";

// Components read their words through i18next, as in the app; the app fetches each language when
// chosen, tests have all six at hand. The files of a worker share one module graph (and so one
// i18next), so it starts once, with copies: i18next merges lazily added words into the bundles it
// holds, and the imported `resources` must stay as written for the completeness test.
if (!i18next.isInitialized) {
  await initI18n("en");
  for (const [language, bundle] of Object.entries(resources)) {
    i18next.removeResourceBundle(language, "translation");
    i18next.addResourceBundle(language, "translation", structuredClone(bundle.translation));
  }
}
// Each file starts in English, whatever language the file before it left.
await i18next.changeLanguage("en");
// A condition waited on (a chunk of words arriving, a store applying a frame) gives up after 5 s, not
// testing-library's 1 s: on a loaded 2-core machine a first dynamic import can take longer.
configure({ asyncUtilTimeout: 5_000 });
afterEach(cleanup);
