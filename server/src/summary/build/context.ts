import type { Delegation, Snapshot } from "@trilogue/shared";
import { type Confidentiality, type Constituency, constituencies, hiddenConstituencies } from "@trilogue/shared";
import { type Attribution, attributionOf } from "./attribution.js";
import { redactorFor } from "./redaction.js";

/** What every part of the summary is built with: the state, the mode's rules and the redactor. */
export type BuildContext = {
  snapshot: Snapshot;
  mode: Confidentiality;
  attribution: Attribution;
  /** Free text as the mode allows it: as written on the record, names struck otherwise. */
  text(value: string): string;
  delegation(id: string): Delegation | undefined;
  /** The number of each agenda item by id (1-based, in agenda order). */
  itemNumbers: Map<string, number>;
  /** When the summary is made; ongoing turns are counted up to it. */
  now: Date;
  /** Constituencies below the disclosure floor that the chair has not allowed (see `hiddenConstituencies`). */
  hidden: ReadonlySet<Constituency>;
  /**
   * A delegation's constituencies as an attribution may give them: all of them on the record
   * (where it is named anyway), without the hidden ones otherwise, since they would name it.
   */
  shownConstituencies(list: readonly Constituency[]): Constituency[];
};

/** A delegation's constituencies in the canonical order. */
export const orderedConstituencies = (list: readonly Constituency[]): Constituency[] =>
  constituencies.filter((c) => list.includes(c));

/** Sorts by a string key, the same on every machine (no locale). */
export function byKey<T>(key: (value: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

export function buildContext(snapshot: Snapshot, mode: Confidentiality, now: Date): BuildContext {
  const attribution = attributionOf(mode);
  const delegations = new Map(snapshot.delegations.map((d) => [d.id, d]));
  const redact = redactorFor(snapshot);
  const items = [...snapshot.items].sort((a, b) => a.position - b.position);
  const hidden = hiddenConstituencies(snapshot.delegations, snapshot.breakdownDisclosures ?? []);
  return {
    snapshot,
    mode,
    attribution,
    text: attribution.redacts ? redact : (value) => value,
    delegation: (id) => delegations.get(id),
    itemNumbers: new Map(items.map((item, index) => [item.id, index + 1])),
    now,
    hidden,
    shownConstituencies: (list) =>
      orderedConstituencies(list).filter((c) => attribution.namesDelegations || !hidden.has(c)),
  };
}
