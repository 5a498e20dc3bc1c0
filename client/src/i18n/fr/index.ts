import type { en } from "../en";
import type { PluralFormsOf, Strings } from "../strings";
import { attention } from "./attention";
import { audit } from "./audit";
import { common } from "./common";
import { decisions } from "./decisions";
import { drafting } from "./drafting";
import { operator } from "./operator";
import { operatorAccess } from "./operator-access";
import { room } from "./room";
import { summary } from "./summary";

/** Les chaînes en français. */
export const fr: Strings<typeof en, PluralFormsOf["fr"]> = {
  ...common,
  ...room,
  ...decisions,
  ...drafting,
  ...summary,
  ...audit,
  ...attention,
  operator,
  operatorAccess,
};
