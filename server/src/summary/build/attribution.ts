import type { Confidentiality } from "@trilogue/shared";

const strictness: Record<Confidentiality, number> = { on_record: 0, chatham_house: 1, closed: 2 };

/** The stricter of two modes: a summary may be built more discreet than its consultation, never less. */
export function stricterMode(a: Confidentiality, b: Confidentiality): Confidentiality {
  return strictness[a] >= strictness[b] ? a : b;
}

/** What a mode lets the summary say. */
export type Attribution = {
  /** Delegations are named (on the record). */
  namesDelegations: boolean;
  /** Views are attributed to constituencies (Chatham House). */
  namesConstituencies: boolean;
  /** The discussion (positions, objections' reasons, turns) is reported; closed carries outcomes only. */
  reportsDiscussion: boolean;
  /** Known names are struck from free text. */
  redacts: boolean;
};

export function attributionOf(mode: Confidentiality): Attribution {
  return {
    namesDelegations: mode === "on_record",
    namesConstituencies: mode !== "closed",
    reportsDiscussion: mode !== "closed",
    redacts: mode !== "on_record",
  };
}

export { nameRedactor, type RedactionMarks } from "./redaction.js";
