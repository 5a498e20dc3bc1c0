import { attention } from "./attention";
import { audit } from "./audit";
import { common } from "./common";
import { decisions } from "./decisions";
import { drafting } from "./drafting";
import { operator } from "./operator";
import { operatorAccess } from "./operator-access";
import { room } from "./room";
import { summary } from "./summary";

/** The English strings: the reference every other language must match key for key. */
export const en = {
  ...common,
  ...room,
  ...decisions,
  ...drafting,
  ...summary,
  ...audit,
  operator,
  operatorAccess,
  ...attention,
} as const;
