import { type Confidentiality, confidentialityModes, limits, pocTemplate } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";

type Template = "poc-political-strategies" | "empty";

/** Creates a consultation, by default from the concept note's five questions. */
export function CreateConsultationForm() {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState<string>(pocTemplate.title);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [missionContext, setMissionContext] = useState<string>(pocTemplate.missionContext);
  const [confidentiality, setConfidentiality] = useState<Confidentiality>("chatham_house");
  const [template, setTemplate] = useState<Template>("poc-political-strategies");
  const create = useRequest(useOperatorStore((s) => s.create));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run({ title, date, missionContext, confidentiality, template });
  };

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading" className="panel__title">
        {t("operator.create.title")}
      </h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-title`}>{t("operator.create.name")}</label>
        <input
          id={`${id}-title`}
          required
          maxLength={limits.title}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${id}-date`}>{t("operator.create.date")}</label>
        <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor={`${id}-context`}>{t("operator.create.context")}</label>
        <textarea
          id={`${id}-context`}
          rows={3}
          maxLength={limits.missionContext}
          value={missionContext}
          onChange={(e) => setMissionContext(e.target.value)}
        />
        <label htmlFor={`${id}-confidentiality`}>{t("operator.create.confidentiality")}</label>
        <select
          id={`${id}-confidentiality`}
          value={confidentiality}
          onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}
        >
          {confidentialityModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`confidentiality.${mode}`)}
            </option>
          ))}
        </select>
        <fieldset className="fieldset">
          <legend>{t("operator.create.agenda")}</legend>
          {(["poc-political-strategies", "empty"] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-template`}
                value={value}
                checked={template === value}
                onChange={() => setTemplate(value)}
              />
              {t(`operator.create.template.${value}`)}
            </label>
          ))}
        </fieldset>
        <span className="button-row">
          <button type="submit" className="button button--primary" disabled={create.busy}>
            {t("operator.create.submit")}
          </button>
          <ActionStatus action={create.action} />
        </span>
      </form>
    </section>
  );
}
