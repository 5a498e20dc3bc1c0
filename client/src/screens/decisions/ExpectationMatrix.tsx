import { expectationMatrix } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useDelegations } from "../../hooks/use-consultation";
import { useAllAcceptances, useAllCalls, useDelegationList, useExpectations } from "../../hooks/use-decisions";

/** Scenarios against threat actors: each expectation's status, force level and every reservation. */
export function ExpectationMatrix() {
  const { t } = useTranslation();
  const expectations = useExpectations();
  const calls = useAllCalls();
  const acceptances = useAllAcceptances();
  const delegationList = useDelegationList();
  const delegations = useDelegations();
  if (expectations.length === 0) return <p className="muted">{t("expectations.none")}</p>;
  const matrix = expectationMatrix({ expectations, calls, acceptances, delegations: delegationList });
  const name = (id: string) => delegations[id]?.name ?? "";
  return (
    <div className="table-scroll">
      <table className="table matrix" data-testid="matrix">
        <caption className="visually-hidden">{t("expectations.matrixCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("expectations.field.scenario")}</th>
            {matrix.threatActors.map((actor) => (
              <th key={actor} scope="col">
                {t(`expectations.actor.${actor}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.scenario}>
              <th scope="row" dir="auto">
                {row.scenario}
              </th>
              {matrix.threatActors.map((actor) => (
                <td key={actor}>
                  {row.cells[actor].map((entry) => (
                    <div key={entry.expectationId} className="matrix__entry" data-status={entry.status}>
                      <strong>{t(`expectations.status.${entry.status}`)}</strong>
                      <div>{t(`expectations.force.${entry.highestForceLevel}`)}</div>
                      {entry.reservations.map((r) => (
                        <div key={r.delegationId} className="matrix__reservation">
                          {t("expectations.reservationBy", { delegation: name(r.delegationId), caveat: r.caveat })}
                        </div>
                      ))}
                      {entry.nonAcceptances.map((n) => (
                        <div key={n.delegationId}>
                          {t("expectations.notAcceptedBy", { delegation: name(n.delegationId) })}
                        </div>
                      ))}
                      {entry.pending.length > 0 ? (
                        <div className="muted">{t("expectations.pendingCount", { count: entry.pending.length })}</div>
                      ) : null}
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
