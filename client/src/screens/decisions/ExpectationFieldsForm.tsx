import {
  type ExpectationFields,
  forceLevels,
  isOneOf,
  limits,
  pocPhases,
  pocTiers,
  responsibleActors,
  threatActors,
} from "@trilogue/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/** An empty expectation to start a draft from. */
export const blankFields = (): ExpectationFields => ({
  scenario: "",
  threatActor: "host_state_forces",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
});

/** Props of {@link ExpectationFieldsForm}. */
export type ExpectationFieldsFormProps = {
  value: ExpectationFields;
  onChange(next: ExpectationFields): void;
};

const toggled = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** The fields of an expectation on the use of force, per the POC policy's tiers, phases and force levels. */
export function ExpectationFieldsForm({ value, onChange }: ExpectationFieldsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<ExpectationFields>) => onChange({ ...value, ...change });
  return (
    <>
      <label htmlFor={`${id}-scenario`}>{t("expectations.field.scenario")}</label>
      <textarea
        dir="auto"
        id={`${id}-scenario`}
        rows={2}
        required
        maxLength={limits.scenario}
        value={value.scenario}
        onChange={(e) => set({ scenario: e.target.value })}
      />
      <label htmlFor={`${id}-actor`}>{t("expectations.field.threatActor")}</label>
      <select
        id={`${id}-actor`}
        value={value.threatActor}
        onChange={(e) => isOneOf(threatActors, e.target.value) && set({ threatActor: e.target.value })}
      >
        {threatActors.map((actor) => (
          <option key={actor} value={actor}>
            {t(`expectations.actor.${actor}`)}
          </option>
        ))}
      </select>
      <fieldset className="fieldset">
        <legend>{t("expectations.field.tiers")}</legend>
        {pocTiers.map((tier) => (
          <label key={tier} className="check">
            <input
              type="checkbox"
              checked={value.tiers.includes(tier)}
              onChange={() => set({ tiers: toggled(value.tiers, tier) })}
            />
            {t(`expectations.tier.${tier}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset fieldset--row">
        <legend>{t("expectations.field.phases")}</legend>
        {pocPhases.map((phase) => (
          <label key={phase} className="check">
            <input
              type="checkbox"
              checked={value.phases.includes(phase)}
              onChange={() => set({ phases: toggled(value.phases, phase) })}
            />
            {t(`expectations.phase.${phase}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-force`}>{t("expectations.field.force")}</label>
      <select
        id={`${id}-force`}
        value={value.highestForceLevel}
        onChange={(e) => isOneOf(forceLevels, e.target.value) && set({ highestForceLevel: e.target.value })}
      >
        {forceLevels.map((level) => (
          <option key={level} value={level}>
            {t(`expectations.force.${level}`)}
          </option>
        ))}
      </select>
      <fieldset className="fieldset">
        <legend>{t("expectations.field.conditions")}</legend>
        {(["imminentThreat", "withinCapabilitiesAndAreasOfDeployment"] as const).map((flag) => (
          <label key={flag} className="check">
            <input
              type="checkbox"
              checked={value.conditions[flag]}
              onChange={(e) => set({ conditions: { ...value.conditions, [flag]: e.target.checked } })}
            />
            {t(`expectations.condition.${flag}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("expectations.field.responsibilities")}</legend>
        {responsibleActors.map((actor) => (
          <label key={actor} className="stacked">
            {t(`expectations.responsible.${actor}`)}
            <input
              dir="auto"
              maxLength={limits.expectationText}
              value={value.responsibilities[actor]}
              onChange={(e) => set({ responsibilities: { ...value.responsibilities, [actor]: e.target.value } })}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}
