import { isOneOf, limits, type PollKind, pollKinds, type ResultsVisibility, type SubjectRef } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useDelegationList } from "../../hooks/use-decisions";
import { useSubjectWords } from "./use-subject-words";

/** Props of {@link PollCreateForm}. */
export type PollCreateFormProps = {
  /** The item the poll is about. */
  itemId: string;
  /** What else the poll is on (a paragraph, a proposal, an expectation); the item itself when absent. */
  subject?: SubjectRef;
  /** The question the form starts with. */
  initialQuestion?: string;
  /** Open at once (from a "Put to a vote" button). */
  open?: boolean;
  /** The disclosure's own label, when not "Prepare a poll". */
  label?: string;
};

/**
 * The chair prepares a poll on an item or any other subject: the question, its kind and options,
 * named or secret, indicative (every consulted Member State votes) or a decisive vote; a secret poll
 * may name delegations as extra trustees of its key (say, one Council member and one T/PCC).
 */
export function PollCreateForm({ itemId, subject, initialQuestion = "", open, label }: PollCreateFormProps) {
  const { t } = useTranslation();
  const words = useSubjectWords().t;
  const id = useId();
  const [question, setQuestion] = useState(initialQuestion);
  const [indicative, setIndicative] = useState(true);
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
    const on = subject ? { subject } : { itemId };
    const named = secret ? trustees : [];
    if (
      await create.run({ ...on, question, kind, options: list, secret, resultsVisibility, indicative, trustees: named })
    ) {
      setQuestion("");
      setOptions("");
      setTrustees([]);
    }
  };

  return (
    <details className="disclosure" open={open}>
      <summary>{label ?? t("polls.create.summary")}</summary>
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
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => isOneOf(pollKinds, e.target.value) && setKind(e.target.value)}
        >
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
          <input
            type="checkbox"
            data-testid="poll-indicative-choice"
            checked={indicative}
            onChange={(e) => setIndicative(e.target.checked)}
          />
          {words("pollSubjects.indicative")}
        </label>
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
