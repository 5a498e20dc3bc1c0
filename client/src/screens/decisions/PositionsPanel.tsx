import { positionBreakdown } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { ConstituencyTags } from "../../components/Badges";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useDelegationList, usePositions } from "../../hooks/use-decisions";
import { stanceColumns, stanceMarks, stanceRows } from "./stance";

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
  if (positions.length === 0) return <p className="muted">{t("positions.none")}</p>;
  const breakdown = positionBreakdown(positions, delegations, itemId);
  const byId = new Map(delegations.map((d) => [d.id, d]));
  return (
    <div className="positions" data-testid="positions">
      <BreakdownChart
        caption={t("positions.caption", { count: breakdown.total })}
        columns={stanceColumns(t)}
        rows={stanceRows(t, breakdown)}
        palette="stance"
      />
      <ul className="position-list">
        {positions.map((position) => {
          const delegation = byId.get(position.delegationId);
          return (
            <li key={position.id} className={`position position--${position.stance}`}>
              <p className="position__head">
                <strong>{delegation?.name}</strong>{" "}
                {delegation ? <ConstituencyTags constituencies={delegation.constituencies} /> : null}{" "}
                <span className={`stance stance--${position.stance}`}>
                  <span aria-hidden="true">{stanceMarks[position.stance]} </span>
                  {t(`stance.${position.stance}`)}
                </span>
                {position.version > 1 ? (
                  <span className="muted"> · {t("positions.revised", { version: position.version })}</span>
                ) : null}
              </p>
              {position.statement ? <p className="position__statement">{position.statement}</p> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
