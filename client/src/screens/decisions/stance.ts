import { type Constituency, constituencies, type PositionBreakdown, type Stance, stances } from "@trilogue/shared";
import type { TFunction } from "i18next";
import type { BreakdownColumn, BreakdownRow } from "../../components/BreakdownChart";

/** A sign for each stance, beside its word, so a stance never rests on colour alone. */
export const stanceMarks: Record<Stance, string> = {
  supports: "++",
  supports_with_reservations: "+",
  neutral: "0",
  opposes: "−",
};

/** The stances as chart columns. */
export const stanceColumns = (t: TFunction): BreakdownColumn[] =>
  stances.map((stance) => ({ key: stance, label: t(`stance.${stance}`), mark: stanceMarks[stance] }));

/** Overall, then each constituency that has at least one position. */
export function stanceRows(t: TFunction, breakdown: PositionBreakdown): BreakdownRow[] {
  const count = (c: Constituency) => stances.reduce((sum, s) => sum + breakdown.byConstituency[c][s], 0);
  return [
    { key: "overall", label: t("charts.overall"), counts: stances.map((s) => breakdown.overall[s]) },
    ...constituencies
      .filter((c) => count(c) > 0)
      .map((c) => ({
        key: c,
        label: t(`constituency.${c}.short`),
        counts: stances.map((s) => breakdown.byConstituency[c][s]),
      })),
  ];
}
