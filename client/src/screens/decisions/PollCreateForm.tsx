import { limits, type PollKind, pollKinds, type ResultsVisibility } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useDelegationList } from "../../hooks/use-decisions";

/** Props of {@link PollCreateForm}. */
export type PollCreateFormProps = {
  /** The item the poll is about. */
  itemId: string;
};

/**
 * The chair prepares an indicative poll: the question, its kind and options, named or secret; a
 * secret poll may name delegations as extra trustees of its key (say, one Council member and one T/PCC).
 */
export function PollCreateForm({ itemId }: PollCreateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [question, setQuestion] = useState("");
  const [kind, setKind] = useState<PollKind>("yes_no_abstain");
  const [options, setOptions] = useState("");
  const [secret, setSecret] = useState(false);
  const [visibility, setVisibility] = useState<ResultsVisibility>("live");
  const [trustees, setTrustees] = useState<string[]>([]);
  const delegations = useDelegationList();
  const create = useAction("poll:create");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list =
      kind === "yes_no_abstain"
        ? []
        : options
            .split("\n")
            .map((o) => o.trim())
            .filter(Boolean);
    const resultsVisibility = secret ? "on_close" : visibility;
    const named = secret ? trustees : [];
    if (await create.run({ itemId, question, kind, options: list, secret, resultsVisibility, trustees: named })) {
      setQuestion("");
      setOptions("");
      setTrustees([]);
    }
  };

  return (
    <details className="disclosure">
      <summary>{t("polls.create.summary")}</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-question`}>{t("polls.create.question")}</label>
        <input
          id={`${id}-question`}
          dir="auto"
          required
          maxLength={limits.pollQuestion}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <label htmlFor={`${id}-kind`}>{t("polls.create.kind")}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PollKind)}>
          {pollKinds.map((value) => (
            <option key={value} value={value}>
              {t(`polls.kind.${value}`)}
            </option>
          ))}
        </select>
        {kind !== "yes_no_abstain" ? (
          <>
            <label htmlFor={`${id}-options`}>{t("polls.create.options")}</label>
            <textarea
              dir="auto"
              id={`${id}-options`}
              rows={4}
              required
              value={options}
              onChange={(e) => setOptions(e.target.value)}
            />
          </>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={secret} onChange={(e) => setSecret(e.target.checked)} />
          {t("polls.create.secret")}
        </label>
        {secret ? (
          <fieldset className="fieldset" data-testid="poll-trustees">
            <legend>{t("polls.create.trustees")}</legend>
            {[...delegations]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((delegation) => {
                const checked = trustees.includes(delegation.id);
                return (
                  <label key={delegation.id} className="check">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && trustees.length >= limits.trusteeDelegations}
                      onChange={(e) =>
                        setTrustees((list) =>
                          e.target.checked ? [...list, delegation.id] : list.filter((id) => id !== delegation.id),
                        )
                      }
                    />
                    {delegation.name}
                  </label>
                );
              })}
          </fieldset>
        ) : null}
        <fieldset className="fieldset fieldset--row">
          <legend>{t("polls.create.visibility")}</legend>
          {(["live", "on_close"] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-visibility`}
                disabled={secret && value === "live"}
                checked={(secret ? "on_close" : visibility) === value}
                onChange={() => setVisibility(value)}
              />
              {t(`polls.visibility.${value}`)}
            </label>
          ))}
        </fieldset>
        <span className="button-row">
          <SubmitButton variant="primary" disabled={create.busy}>
            {t("polls.create.submit")}
          </SubmitButton>
          <ActionStatus action={create.action} />
        </span>
      </form>
    </details>
  );
}
