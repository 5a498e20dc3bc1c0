import type { ExpectationFields } from "@trilogue/shared";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useExpectations } from "../../hooks/use-decisions";
import { ExpectationCard } from "./ExpectationCard";
import { blankFields, ExpectationFieldsForm } from "./ExpectationFieldsForm";

/** Props of {@link ExpectationsPanel}. */
export type ExpectationsPanelProps = {
  mode: "chair" | "delegate" | "read";
  delegationId?: string | null;
  /** The item a new expectation is drafted under (the one under discussion), if any. */
  itemId: string | null;
  /** The chair and the secretary draft. */
  mayDraft: boolean;
};

/** Expectations on the use of force: drafted, amended, put to consensus, accepted by T/PCCs. */
export function ExpectationsPanel({ mode, delegationId, itemId, mayDraft }: ExpectationsPanelProps) {
  const { t } = useTranslation();
  const expectations = useExpectations();
  return (
    <div className="expectations">
      {expectations.length === 0 ? <p className="muted">{t("expectations.none")}</p> : null}
      {expectations.map((expectation) => (
        <ExpectationCard key={expectation.id} expectation={expectation} mode={mode} delegationId={delegationId} />
      ))}
      {mayDraft ? <DraftForm itemId={itemId} /> : null}
    </div>
  );
}

function DraftForm({ itemId }: { itemId: string | null }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<ExpectationFields>(blankFields);
  const draft = useAction("expectation:draft");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await draft.run({ itemId, fields })) setFields(blankFields());
  };
  return (
    <details className="disclosure">
      <summary>{t("expectations.draft")}</summary>
      <form className="form" onSubmit={submit}>
        <ExpectationFieldsForm value={fields} onChange={setFields} />
        <span className="button-row">
          <SubmitButton variant="primary" disabled={draft.busy}>
            {t("expectations.saveDraft")}
          </SubmitButton>
          <ActionStatus action={draft.action} />
        </span>
      </form>
    </details>
  );
}
