import { type ExpectationFields, responsibleActors } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../hooks/use-format";

/** An expectation's fields as a definition list. */
export function ExpectationFieldsView({ fields }: { /** What the expectation says. */ fields: ExpectationFields }) {
  const { t } = useTranslation();
  const format = useFormat();
  const conditions = (["imminentThreat", "withinCapabilitiesAndAreasOfDeployment"] as const).filter(
    (flag) => fields.conditions[flag],
  );
  return (
    <dl className="fields">
      <dt>{t("expectations.field.threatActor")}</dt>
      <dd>{t(`expectations.actor.${fields.threatActor}`)}</dd>
      <dt>{t("expectations.field.force")}</dt>
      <dd>{t(`expectations.force.${fields.highestForceLevel}`)}</dd>
      <dt>{t("expectations.field.tiers")}</dt>
      <dd>{fields.tiers.map((tier) => t(`expectations.tier.${tier}`)).join(t("format.listSeparator"))}</dd>
      <dt>{t("expectations.field.phases")}</dt>
      <dd>{format.list(fields.phases.map((phase) => t(`expectations.phase.${phase}`)))}</dd>
      <dt>{t("expectations.field.conditions")}</dt>
      <dd>
        {conditions.map((flag) => t(`expectations.condition.${flag}`)).join(t("format.listSeparator"))}
        {fields.conditions.notes ? (
          <>
            {conditions.length > 0 ? t("format.listSeparator") : null}
            <span dir="auto">{fields.conditions.notes}</span>
          </>
        ) : null}
      </dd>
      {responsibleActors
        .filter((actor) => fields.responsibilities[actor])
        .map((actor) => (
          <div key={actor} className="fields__pair">
            <dt>{t(`expectations.responsible.${actor}`)}</dt>
            <dd dir="auto">{fields.responsibilities[actor]}</dd>
          </div>
        ))}
    </dl>
  );
}
