import type { Poll } from "@trilogue/shared";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useFormat } from "../../hooks/use-format";
import { useSessionStore } from "../../stores/session-store";
import { keepBallot, keptBallot, optionColumns } from "./poll-results";
import { keepTracker, keptTracker, prepareSealing, sealFor } from "./sealed-ballot";

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
  const participantId = useSessionStore((s) => s.me?.participantId);
  // A secret ballot's choices are never kept: only its tracker, under this participant.
  const [kept, setKept] = useState(() =>
    poll.secret || participantId === undefined ? null : keptBallot(participantId, poll.id),
  );
  const [tracker, setTracker] = useState(() =>
    poll.secret && participantId !== undefined ? keptTracker(participantId, poll.id) : null,
  );
  const [choices, setChoices] = useState<number[]>(kept?.choices ?? []);
  const cast = useAction("ballot:cast");
  const single = poll.maxChoices === 1;
  const columns = optionColumns(t, poll);

  // The sealing code loaded and warmed while the delegate reads the question, not at "cast".
  useEffect(() => {
    if (poll.secret) prepareSealing(poll);
  }, [poll]);

  const toggle = (index: number) =>
    setChoices(single ? [index] : choices.includes(index) ? choices.filter((c) => c !== index) : [...choices, index]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sorted = [...choices].sort((a, b) => a - b);
    if (poll.secret) {
      // Encrypted here, with its proofs: the choices never leave this page.
      const sealed = await sealFor(poll, sorted);
      if (sealed && (await cast.run({ pollId: poll.id, sealed: sealed.sealed }))) {
        if (participantId !== undefined) keepTracker(participantId, poll.id, sealed.tracker);
        setTracker(sealed.tracker);
        setChoices([]);
      }
      return;
    }
    if (await cast.run({ pollId: poll.id, choices: sorted })) {
      const next = { choices: sorted };
      if (participantId !== undefined) keepBallot(participantId, poll.id, next);
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
      {tracker ? (
        <p className="notice" data-testid="your-tracker">
          {t("polls.sealedTracker", { tracker: tracker.slice(0, 16) })}
        </p>
      ) : null}
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
          {kept || tracker ? t("polls.change") : t("polls.cast")}
        </SubmitButton>
        <ActionStatus action={cast.action} />
      </span>
    </form>
  );
}
