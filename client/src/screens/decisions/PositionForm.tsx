import { limits, roomApi, type Stance, stances } from "@trilogue/shared";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../api/http";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { usePositions } from "../../hooks/use-decisions";
import { stanceMarks } from "./stance";

/** Props of {@link PositionForm}. */
export type PositionFormProps = {
  itemId: string;
  /** The delegation whose position this is. */
  delegationId: string;
  /** Delegates publish; advisers only draft. */
  mayPublish: boolean;
};

/** A delegation states (or revises) its position: a stance and a statement; a draft stays private. */
export function PositionForm({ itemId, delegationId, mayPublish }: PositionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const published = usePositions(itemId).find((p) => p.delegationId === delegationId) ?? null;
  const [stance, setStance] = useState<Stance | null>(published?.stance ?? null);
  const [statement, setStatement] = useState(published?.statement ?? "");
  const publish = useAction("position:publish");
  const draft = useAction("position:save-draft");

  // A private draft saved earlier (by anyone of the delegation) takes precedence over the blank form.
  useEffect(() => {
    void call(roomApi.positionDrafts).then((result) => {
      const saved = result.ok ? result.data.drafts.find((d) => d.itemId === itemId) : undefined;
      if (saved) {
        setStance(saved.stance);
        setStatement(saved.statement);
      }
    });
  }, [itemId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stance) void publish.run({ itemId, stance, statement });
  };
  return (
    <form className="form position-form" onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>{published ? t("positions.reviseLegend") : t("positions.legend")}</legend>
        {stances.map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${id}-stance`}
              checked={stance === value}
              onChange={() => setStance(value)}
              required
            />
            <span aria-hidden="true" className={`stance stance--${value}`}>
              {stanceMarks[value]}
            </span>
            {t(`stance.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-statement`}>{t("positions.statement")}</label>
      <textarea
        id={`${id}-statement`}
        dir="auto"
        rows={4}
        maxLength={limits.statement}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
      />
      <span className="button-row">
        {mayPublish ? (
          <SubmitButton variant="primary" disabled={!stance || publish.busy}>
            {published ? t("positions.revise") : t("positions.publish")}
          </SubmitButton>
        ) : null}
        <ActionStatus action={publish.action} />
        <button
          type="button"
          className="button"
          aria-disabled={!stance || draft.busy}
          onClick={() => stance && !draft.busy && void draft.run({ itemId, stance, statement })}
        >
          {t("positions.saveDraft")}
        </button>
        <ActionStatus action={draft.action} />
      </span>
    </form>
  );
}
