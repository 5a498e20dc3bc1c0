import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { initI18n } from "../i18n/i18n";

// Components read their words through i18next, as in the app.
initI18n("en");
afterEach(cleanup);
