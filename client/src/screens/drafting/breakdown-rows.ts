import {
  constituencies,
  type MaskedPositionBreakdown,
  type PositionBreakdown,
  recordFrom,
  stances,
} from "@trilogue/shared";
import type { TFunction } from "i18next";
import type { BreakdownRow } from "../../components/BreakdownChart";
import { stanceRows } from "../decisions/stance";

const zero = () => recordFrom(stances, () => 0);

/**
 * A breakdown with its withheld constituencies counted as empty, so that charts and leanings leave
 * them out altogether: a "withheld" row would still tell the room that the lone delegation spoke.
 */
export function withoutWithheld(breakdown: MaskedPositionBreakdown): PositionBreakdown {
  const byConstituency = recordFrom(constituencies, (c) => breakdown.byConstituency[c] ?? zero());
  return { ...breakdown, byConstituency };
}

/** The stance chart's rows, without the withheld constituencies. */
export const visibleStanceRows = (t: TFunction, breakdown: MaskedPositionBreakdown): BreakdownRow[] =>
  stanceRows(t, withoutWithheld(breakdown));
