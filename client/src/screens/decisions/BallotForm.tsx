import type { Poll } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useFormat } from "../../hooks/use-format";
import { keepBallot, keptBallot, newReceiptNonce, optionColumns } from "./poll-results";

/** Props of {@link BallotForm}. */
export type BallotFormProps = {
  /** An open poll. */
  poll: Poll;
};

/** A delegation's ballot: one choice or several; it can be changed until the poll closes. */
export function BallotForm({ poll }: BallotFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [kept, setKept] = useState(() => keptBallot(poll.id));
  const [choices, setChoices] = useState<number[]>(kept?.choices ?? []);
  const cast = useAction("ballot:cast");
  const single = poll.maxChoices === 1;
  const columns = optionColumns(t, poll);

  const toggle = (index: number) =>
    setChoices(single ? [index] : choices.includes(index) ? choices.filter((c) => c !== index) : [...choices, index]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nonce = poll.secret ? newReceiptNonce() : undefined;
    const receipt =
      nonce === undefined
        ? undefined
        : { nonce, ...(kept?.nonce ? { replaces: { nonce: kept.nonce, choices: kept.choices } } : {}) };
    const sorted = [...choices].sort((a, b) => a - b);
    if (await cast.run({ pollId: poll.id, choices: sorted, ...(receipt ? { receipt } : {}) })) {
      const next = { choices: sorted, ...(nonce ? { nonce } : {}) };
      keepBallot(poll.id, next);
      setKept(next);
    }
  };

  return (
    <form className="form ballot" onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>
          {single ? t("polls.chooseOne") : t("polls.chooseUpTo", { count: poll.maxChoices })}
          {poll.secret ? ` ${t("polls.secretNote")}` : ""}
        </legend>
        {columns.map((column, index) => (
          <label key={column.key} className="check">
            <input
              type={single ? "radio" : "checkbox"}
              name={`${id}-choice`}
              checked={choices.includes(index)}
              onChange={() => toggle(index)}
            />
            <span dir="auto">{column.label}</span>
          </label>
        ))}
      </fieldset>
      {kept ? (
        <p className="notice" data-testid="your-ballot">
          {t("polls.yourBallot", { choices: format.list(kept.choices.map((c) => columns[c]?.label ?? "")) })}
        </p>
      ) : null}
      <span className="button-row">
        <SubmitButton
          variant="primary"
          disabled={cast.busy || choices.length === 0 || choices.length > poll.maxChoices}
        >
          {kept ? t("polls.change") : t("polls.cast")}
        </SubmitButton>
        <ActionStatus action={cast.action} />
      </span>
    </form>
  );
}
