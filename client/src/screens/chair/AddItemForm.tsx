import { limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";

/** Adds an item at the end of the agenda, with an optional question and time box. */
export function AddItemForm() {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState("");
  const [minutes, setMinutes] = useState("");
  const { run, action, busy } = useAction("agenda:add");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const timeBox = minutes ? Math.round(Number(minutes) * 60) : null;
    if (await run({ title, question, timeBoxSeconds: timeBox })) {
      setTitle("");
      setQuestion("");
      setMinutes("");
    }
  };

  return (
    <details className="disclosure">
      <summary>{t("agenda.add.summary")}</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-title`}>{t("agenda.add.title")}</label>
        <input
          id={`${id}-title`}
          dir="auto"
          required
          maxLength={limits.title}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${id}-question`}>{t("agenda.add.question")}</label>
        <textarea
          dir="auto"
          id={`${id}-question`}
          rows={3}
          maxLength={limits.question}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <label htmlFor={`${id}-minutes`}>{t("agenda.add.minutes")}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          inputMode="numeric"
          min={1}
          max={limits.maxTimeBox / 60}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <span className="button-row">
          <SubmitButton variant="primary" disabled={busy}>
            {t("agenda.add.submit")}
          </SubmitButton>
          <ActionStatus action={action} />
        </span>
      </form>
    </details>
  );
}
