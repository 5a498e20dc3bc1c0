import { type Expectation, type ExpectationChanges, forceLevels, isOneOf, keysOf, limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { CommandButton } from "../../components/CommandButton";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useDelegations } from "../../hooks/use-consultation";
import { useAmendments } from "../../hooks/use-decisions";
import { useFormat } from "../../hooks/use-format";

/** Props of {@link AmendmentsList}. */
export type AmendmentsListProps = {
  expectation: Expectation;
  mode: "chair" | "delegate" | "read";
};

/** Proposed amendments to an expectation; the chair accepts or rejects, a delegate proposes. */
export function AmendmentsList({ expectation, mode }: AmendmentsListProps) {
  const { t } = useTranslation();
  const amendments = useAmendments(expectation.id);
  const delegations = useDelegations();
  const format = useFormat();
  return (
    <div className="amendments">
      {amendments.length > 0 ? (
        <ul className="amendments__list">
          {amendments.map((amendment) => (
            <li key={amendment.id} data-status={amendment.status}>
              <strong>
                <bdi>{delegations[amendment.delegationId]?.name}</bdi>
              </strong>{" "}
              <span className="muted">
                {t("format.parenthetical", { text: t(`expectations.amendmentStatus.${amendment.status}`) })}
              </span>
              {t("format.colon")}
              {format.list(keysOf(amendment.changes).map((field) => t(`expectations.changed.${field}`)))}
              {amendment.changes.highestForceLevel ? (
                <>
                  {t("format.separator")}
                  {t("expectations.forceChangedTo", {
                    level: t(`expectations.force.${amendment.changes.highestForceLevel}`),
                  })}
                </>
              ) : null}
              {amendment.rationale ? (
                <p className="muted" dir="auto">
                  {amendment.rationale}
                </p>
              ) : null}
              {mode === "chair" && amendment.status === "pending" ? (
                <span className="button-row">
                  <CommandButton command="expectation:accept-amendment" payload={{ amendmentId: amendment.id }}>
                    {t("expectations.acceptAmendment")}
                  </CommandButton>
                  <CommandButton command="expectation:reject-amendment" payload={{ amendmentId: amendment.id }}>
                    {t("expectations.rejectAmendment")}
                  </CommandButton>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mode === "delegate" ? <AmendmentForm expectation={expectation} /> : null}
    </div>
  );
}

function AmendmentForm({ expectation }: { expectation: Expectation }) {
  const { t } = useTranslation();
  const id = useId();
  const [force, setForce] = useState(expectation.fields.highestForceLevel);
  const [notes, setNotes] = useState(expectation.fields.conditions.notes);
  const [rationale, setRationale] = useState("");
  const amend = useAction("expectation:amend");
  const changes: ExpectationChanges = {
    ...(force !== expectation.fields.highestForceLevel ? { highestForceLevel: force } : {}),
    ...(notes !== expectation.fields.conditions.notes
      ? { conditions: { ...expectation.fields.conditions, notes } }
      : {}),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void amend.run({ expectationId: expectation.id, changes, rationale });
  };
  return (
    <details className="disclosure">
      <summary>{t("expectations.proposeAmendment")}</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-force`}>{t("expectations.field.force")}</label>
        <select
          id={`${id}-force`}
          value={force}
          onChange={(e) => isOneOf(forceLevels, e.target.value) && setForce(e.target.value)}
        >
          {forceLevels.map((level) => (
            <option key={level} value={level}>
              {t(`expectations.force.${level}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-notes`}>{t("expectations.conditionNotes")}</label>
        <textarea
          dir="auto"
          id={`${id}-notes`}
          rows={2}
          maxLength={limits.expectationText}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <label htmlFor={`${id}-rationale`}>{t("expectations.rationale")}</label>
        <textarea
          dir="auto"
          id={`${id}-rationale`}
          rows={2}
          maxLength={limits.reason}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
        <span className="button-row">
          <SubmitButton variant="secondary" disabled={amend.busy || Object.keys(changes).length === 0}>
            {t("expectations.propose")}
          </SubmitButton>
          <ActionStatus action={amend.action} />
        </span>
      </form>
    </details>
  );
}
