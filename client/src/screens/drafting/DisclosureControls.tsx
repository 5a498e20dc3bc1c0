import { constituencies } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useDelegations } from "../../hooks/use-consultation";
import { useHiddenConstituencies } from "../../hooks/use-drafting";
import { useConsultationStore } from "../../stores/consultation-store";

/**
 * The chair's leave for breakdowns to show a constituency with a single delegation (often the host
 * State), whose figure would otherwise name it.
 */
export function DisclosureControls() {
  const { t } = useTranslation();
  const delegations = useDelegations();
  const hidden = useHiddenConstituencies();
  const allowed = useConsultationStore((s) => s.state?.breakdownDisclosures);
  const lone = constituencies.filter(
    (c) => Object.values(delegations).filter((d) => d.constituencies.includes(c)).length === 1,
  );
  return (
    <fieldset className="fieldset disclosure-controls" data-testid="disclosure-controls">
      <legend>{t("disclosure.legend")}</legend>
      <p className="hint">{t("disclosure.hint")}</p>
      {lone.length === 0 ? <p className="muted">{t("disclosure.none")}</p> : null}
      <ul className="plain-list">
        {lone.map((c) => (
          <li key={c} data-constituency={c}>
            <strong>{t(`constituency.${c}.long`)}</strong>{" "}
            <span className="muted">({hidden.has(c) ? t("disclosure.withheld") : t("disclosure.shown")})</span>{" "}
            <CommandButton
              command="breakdown:set-disclosure"
              payload={{ constituency: c, allowed: !allowed?.[c] }}
              ariaLabel={`${allowed?.[c] ? t("disclosure.hide") : t("disclosure.show")}: ${t(`constituency.${c}.long`)}`}
            >
              {allowed?.[c] ? t("disclosure.hide") : t("disclosure.show")}
            </CommandButton>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
