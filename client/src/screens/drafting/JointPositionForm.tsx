import { isOneOf, limits, type Stance, stances } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { DelegationPicker } from "./DelegationPicker";

/** Props of {@link JointPositionForm}. */
export type JointPositionFormProps = {
  itemId: string;
  /** The sponsor. */
  delegationId: string | null;
};

/** A delegate publishes the delegation's position on behalf of a group, naming the co-signatories. */
export function JointPositionForm({ itemId, delegationId }: JointPositionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [stance, setStance] = useState<Stance>("supports");
  const [statement, setStatement] = useState("");
  const [group, setGroup] = useState("");
  const [signatories, setSignatories] = useState<string[]>([]);
  const post = useAction("joint:post-position");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await post.run({ itemId, stance, statement, onBehalfOf: group, coSignatories: signatories })) {
      setSignatories([]);
    }
  };
  return (
    <details className="disclosure">
      <summary>{t("joint.legend")}</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-stance`}>{t("positions.legend")}</label>
        <select
          id={`${id}-stance`}
          value={stance}
          onChange={(e) => isOneOf(stances, e.target.value) && setStance(e.target.value)}
        >
          {stances.map((value) => (
            <option key={value} value={value}>
              {t(`stance.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-statement`}>{t("positions.statement")}</label>
        <textarea
          id={`${id}-statement`}
          rows={3}
          dir="auto"
          maxLength={limits.statement}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
        />
        <label htmlFor={`${id}-group`}>{t("joint.group")}</label>
        <input id={`${id}-group`} value={group} maxLength={limits.name} onChange={(e) => setGroup(e.target.value)} />
        <DelegationPicker
          label={t("joint.coSignatories")}
          value={signatories}
          onChange={setSignatories}
          exclude={delegationId}
        />
        <span className="button-row">
          <SubmitButton busy={post.busy} disabled={signatories.length === 0}>
            {t("joint.submit")}
          </SubmitButton>
          <ActionStatus action={post.action} />
        </span>
      </form>
    </details>
  );
}
