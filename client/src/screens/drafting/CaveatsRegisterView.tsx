import { constituencies } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useDelegations } from "../../hooks/use-consultation";
import { useCaveatsRegister } from "../../hooks/use-drafting";
import { useFormat } from "../../hooks/use-format";
import { DisclosureControls } from "./DisclosureControls";

/** Props of {@link CaveatsRegisterView}. */
export type CaveatsRegisterViewProps = {
  /** The chair also decides which single-delegation constituencies breakdowns may show. */
  chair: boolean;
};

/**
 * The register of national caveats: every reservation a T/PCC recorded on an expectation on the
 * use of force, flagged where an agreed expectation asks of its contingent what the caveat covers,
 * and counted by constituency (single-delegation constituencies withheld unless the chair allows).
 */
export function CaveatsRegisterView({ chair }: CaveatsRegisterViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const register = useCaveatsRegister();
  const delegations = useDelegations();
  return (
    <div className="caveats" data-testid="caveats-register">
      {register.entries.length === 0 ? (
        <p className="muted">{t("caveats.none")}</p>
      ) : (
        <>
          <p className={register.conflicted ? "hint hint--warning" : "hint"}>
            {t("caveats.conflicted", { count: register.conflicted })}
          </p>
          <div className="table-scroll">
            <table className="register">
              <caption>{t("caveats.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("caveats.delegation")}</th>
                  <th scope="col">{t("caveats.scenario")}</th>
                  <th scope="col">{t("caveats.caveat")}</th>
                  <th scope="col">{t("caveats.recorded")}</th>
                  <th scope="col">{t("caveats.conflict")}</th>
                </tr>
              </thead>
              <tbody>
                {register.entries.map((entry) => (
                  <tr
                    key={entry.acceptanceId}
                    data-testid="caveat"
                    data-conflict={entry.conflicts.length > 0}
                    className={entry.conflicts.length ? "register__row--conflict" : undefined}
                  >
                    <th scope="row">{delegations[entry.delegationId]?.name}</th>
                    <td dir="auto">
                      {entry.scenario}
                      {entry.current ? null : <span className="muted"> ({t("caveats.earlier")})</span>}
                    </td>
                    <td dir="auto">{entry.caveat}</td>
                    <td>{format.time(entry.recordedAt)}</td>
                    <td>
                      {entry.conflicts.length
                        ? entry.conflicts.map((c) => (
                            <p key={c.expectationId} className="conflict">
                              <span aria-hidden="true">⚠ </span>
                              {t("caveats.collides", { requires: c.requires })}
                            </p>
                          ))
                        : t("caveats.clear")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="panel__subtitle">{t("caveats.byConstituency")}</h3>
          <ul className="inline-list">
            {constituencies.map((c) => {
              const count = register.byConstituency[c];
              return (
                <li key={c} data-constituency={c}>
                  {t(`constituency.${c}.short`)}
                  {t("format.colon")}
                  {count === null ? <span className="muted">{t("caveats.withheld")}</span> : format.number(count)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {chair ? <DisclosureControls /> : null}
    </div>
  );
}
