import type { Constituency } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { stateConstituencies } from "./DelegationForm";

/** A Member State's constituencies as a row of checkboxes (registering and correcting a delegation). */
export function ConstituencyChecks({
  chosen,
  toggle,
}: {
  chosen: ReadonlySet<Constituency>;
  toggle: (constituency: Constituency) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset fieldset--row">
      <legend>{t("operator.delegation.constituencies")}</legend>
      {stateConstituencies.map((constituency) => (
        <label key={constituency} className="check">
          <input type="checkbox" checked={chosen.has(constituency)} onChange={() => toggle(constituency)} />
          {t(`constituency.${constituency}.long`)}
        </label>
      ))}
    </fieldset>
  );
}
