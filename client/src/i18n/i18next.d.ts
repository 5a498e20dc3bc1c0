import "i18next";
import type { resources } from "./resources";

declare module "i18next" {
  /** Typed keys: a missing or misspelt key fails the type check. */
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: (typeof resources)["en"];
  }
}
