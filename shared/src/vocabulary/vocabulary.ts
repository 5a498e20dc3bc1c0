import type {
  AcceptanceKind,
  ConsensusOutcome,
  ExpectationStatus,
  ForceLevel,
  PocPhase,
  PocTier,
  PollKind,
  ResponsibleActor,
  Stance,
  ThreatActor,
} from "../decisions/enums.js";
import type { Constituency, FloorRequestKind } from "../domain/enums.js";
import type { ParagraphState } from "../drafting/enums.js";

/**
 * The one word for each value of the contract's enums, per language. The screen's i18n resources
 * and the summary's labels both take their words from here, so a delegate reads on the screen the
 * same "Accepts with a national caveat" that the chair's summary prints. Sentence case: every word
 * stands alone (a cell, a label, a parenthesis).
 */
export type Vocabulary = {
  /** `short` in tables, charts and lists; `long` where there is room to spell it out. */
  constituency: Record<Constituency, { short: string; long: string }>;
  stance: Record<Stance, string>;
  pollKind: Record<PollKind, string>;
  pollOption: Record<"yes" | "no" | "abstain", string>;
  consensusOutcome: Record<ConsensusOutcome, string>;
  expectationStatus: Record<ExpectationStatus, string>;
  acceptance: Record<AcceptanceKind, string>;
  threatActor: Record<ThreatActor, string>;
  pocTier: Record<PocTier, string>;
  pocPhase: Record<PocPhase, string>;
  forceLevel: Record<ForceLevel, string>;
  responsibleActor: Record<ResponsibleActor, string>;
  floorKind: Record<FloorRequestKind, string>;
  paragraphState: Record<ParagraphState, string>;
};

/** A constituency's short name, as tables and lists of constituencies print it. */
export function shortNames(names: Vocabulary["constituency"]): Record<Constituency, string> {
  return {
    council: names.council.short,
    tpcc: names.tpcc.short,
    secretariat: names.secretariat.short,
    host: names.host.short,
    observer: names.observer.short,
  };
}
