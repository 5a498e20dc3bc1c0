import { type ExpectationFields, responsibleActors } from "@trilogue/shared";
import { useTranslation } from "react-i18next";

/** An expectation's fields as a definition list. */
export function ExpectationFieldsView({ fields }: { /** What the expectation says. */ fields: ExpectationFields }) {
  const { t } = useTranslation();
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
      <dd>{fields.tiers.map((tier) => t(`expectations.tier.${tier}`)).join("; ")}</dd>
      <dt>{t("expectations.field.phases")}</dt>
      <dd>{fields.phases.map((phase) => t(`expectations.phase.${phase}`)).join(", ")}</dd>
      <dt>{t("expectations.field.conditions")}</dt>
      <dd>
        {[...conditions.map((flag) => t(`expectations.condition.${flag}`)), fields.conditions.notes]
          .filter(Boolean)
          .join("; ")}
      </dd>
      {responsibleActors
        .filter((actor) => fields.responsibilities[actor])
        .map((actor) => (
          <div key={actor} className="fields__pair">
            <dt>{t(`expectations.responsible.${actor}`)}</dt>
            <dd>{fields.responsibilities[actor]}</dd>
          </div>
        ))}
    </dl>
  );
}
