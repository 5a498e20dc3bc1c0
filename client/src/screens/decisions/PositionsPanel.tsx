import { useTranslation } from "react-i18next";
import { ConstituencyTags } from "../../components/Badges";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useDelegationList, usePositions } from "../../hooks/use-decisions";
import { usePositionBreakdown } from "../../hooks/use-drafting";
import { visibleStanceRows } from "../drafting/breakdown-rows";
import { stanceColumns, stanceMarks } from "./stance";

/** Props of {@link PositionsPanel}. */
export type PositionsPanelProps = {
  /** The item whose positions to show. */
  itemId: string;
};

/** Where the room stands on an item: stances by constituency, then each delegation's position. */
export function PositionsPanel({ itemId }: PositionsPanelProps) {
  const { t } = useTranslation();
  const positions = usePositions(itemId);
  const delegations = useDelegationList();
  // Confirmed co-signatories of joint positions count; single-delegation constituencies are withheld.
  const breakdown = usePositionBreakdown(itemId);
  if (positions.length === 0) return <p className="muted">{t("positions.none")}</p>;
  const byId = new Map(delegations.map((d) => [d.id, d]));
  return (
    <div className="positions" data-testid="positions">
      <BreakdownChart
        caption={t("positions.caption", { count: breakdown.total })}
        columns={stanceColumns(t)}
        rows={visibleStanceRows(t, breakdown)}
        palette="stance"
      />
      <ul className="position-list">
        {positions.map((position) => {
          const delegation = byId.get(position.delegationId);
          return (
            <li key={position.id} className={`position position--${position.stance}`}>
              <p className="position__head">
                <strong>
                  <bdi>{delegation?.name}</bdi>
                </strong>{" "}
                {delegation ? <ConstituencyTags constituencies={delegation.constituencies} /> : null}{" "}
                <span className={`stance stance--${position.stance}`}>
                  <span aria-hidden="true">{stanceMarks[position.stance]} </span>
                  {t(`stance.${position.stance}`)}
                </span>
                {position.version > 1 ? (
                  <span className="muted">
                    {t("format.separator")}
                    {t("positions.revised", { version: position.version })}
                  </span>
                ) : null}
              </p>
              {position.statement ? (
                <p className="position__statement" dir="auto">
                  {position.statement}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
