import {
  languages as allLanguages,
  type Confidentiality,
  confidentialityModes,
  type DecisionRule,
  decisionRules,
  decisionRuleTexts,
  defaultDecisionRule,
  isOneOf,
  type Language,
  limits,
  templateFor,
} from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useFormat } from "../../hooks/use-format";
import { useRequest } from "../../hooks/use-request";
import { asLanguage, endonyms } from "../../i18n/languages";
import { useOperatorStore } from "../../stores/operator-store";
import { LanguagesFieldset } from "./LanguagesFieldset";

type Template = "poc-political-strategies" | "empty";

/**
 * Creates a consultation, by default from the concept note's five questions. The working language
 * (the summary's) starts as the officer's own; the title and context follow it until edited.
 */
export function CreateConsultationForm() {
  const { t, i18n } = useTranslation();
  const ruleTexts = decisionRuleTexts[asLanguage(i18n.language) ?? "en"];
  const { language } = useFormat();
  const id = useId();
  const [workingLanguage, setWorkingLanguage] = useState<Language>(language);
  const [languages, setLanguages] = useState<Language[]>(() => [...allLanguages]);
  const [title, setTitle] = useState<string>(templateFor(language).title);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [missionContext, setMissionContext] = useState<string>(templateFor(language).missionContext);
  const [confidentiality, setConfidentiality] = useState<Confidentiality>("chatham_house");
  const [decisionRule, setDecisionRule] = useState<DecisionRule>(defaultDecisionRule);
  const [template, setTemplate] = useState<Template>("poc-political-strategies");
  const create = useRequest(useOperatorStore((s) => s.create));
  const names = new Intl.DisplayNames([language], { type: "language" });

  const pickWorkingLanguage = (next: Language) => {
    // Untouched defaults follow the working language; an edited title or context stays.
    const before = templateFor(workingLanguage);
    if (title === before.title) setTitle(templateFor(next).title);
    if (missionContext === before.missionContext) setMissionContext(templateFor(next).missionContext);
    if (!languages.includes(next)) setLanguages([...languages, next]);
    setWorkingLanguage(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create.run({
      title,
      date,
      missionContext,
      confidentiality,
      decisionRule,
      template,
      languages,
      workingLanguage,
    });
    // The form empties once the consultation exists, so a second click cannot make a duplicate.
    if (result.ok) {
      setTitle("");
      setMissionContext(templateFor(workingLanguage).missionContext);
    }
  };

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading" className="panel__title">
        {t("operator.create.title")}
      </h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-working`}>{t("operator.create.workingLanguage")}</label>
        <select
          id={`${id}-working`}
          value={workingLanguage}
          aria-describedby={`${id}-working-hint`}
          onChange={(e) => isOneOf(allLanguages, e.target.value) && pickWorkingLanguage(e.target.value)}
        >
          {allLanguages.map((code) => (
            <option key={code} value={code}>
              {names.of(code) ?? endonyms[code]}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-working-hint`}>
          {t("operator.create.workingLanguageHint")}
        </p>
        <LanguagesFieldset value={languages} required={workingLanguage} onChange={setLanguages} />
        <label htmlFor={`${id}-title`}>{t("operator.create.name")}</label>
        <input
          id={`${id}-title`}
          dir="auto"
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
          dir="auto"
          rows={3}
          maxLength={limits.missionContext}
          value={missionContext}
          onChange={(e) => setMissionContext(e.target.value)}
        />
        <label htmlFor={`${id}-confidentiality`}>{t("operator.create.confidentiality")}</label>
        <select
          id={`${id}-confidentiality`}
          value={confidentiality}
          onChange={(e) => isOneOf(confidentialityModes, e.target.value) && setConfidentiality(e.target.value)}
        >
          {confidentialityModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`confidentiality.${mode}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-decision-rule`}>{ruleTexts.label}</label>
        <select
          id={`${id}-decision-rule`}
          value={decisionRule}
          aria-describedby={`${id}-decision-rule-notice`}
          onChange={(e) => isOneOf(decisionRules, e.target.value) && setDecisionRule(e.target.value)}
        >
          {decisionRules.map((rule) => (
            <option key={rule} value={rule}>
              {ruleTexts.rules[rule]}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-decision-rule-notice`}>
          {ruleTexts.notice}
        </p>
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
          <SubmitButton variant="primary" disabled={create.busy}>
            {t("operator.create.submit")}
          </SubmitButton>
          <ActionStatus action={create.action} />
        </span>
      </form>
    </section>
  );
}
