import { type Constituency, type Delegation, limits, type UpdateDelegationBody } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";
import { stateConstituencies } from "./DelegationForm";
import { useSetupWords } from "./use-setup-words";

/**
 * Corrects one delegation's name (and a Member State's constituencies) before anything is said; the
 * server refuses it afterwards and the refusal says why. Only the fields changed are sent.
 */
export function DelegationEdit({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const { t: words } = useSetupWords();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(delegation.name);
  const [chosen, setChosen] = useState<ReadonlySet<Constituency>>(new Set(delegation.constituencies));
  const edit = useRequest(useOperatorStore((s) => s.editDelegation));
  const isState = delegation.countryCode !== null;
  const toggle = (constituency: Constituency) => {
    const next = new Set(chosen);
    if (next.has(constituency)) next.delete(constituency);
    else next.add(constituency);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes: UpdateDelegationBody = {};
    if (name.trim() !== delegation.name) changes.name = name.trim();
    const picked = stateConstituencies.filter((c) => chosen.has(c));
    const same =
      picked.length === delegation.constituencies.length && picked.every((c) => delegation.constituencies.includes(c));
    if (isState && !same) changes.constituencies = picked;
    if (Object.keys(changes).length === 0) return setOpen(false);
    const result = await edit.run(delegation.id, changes);
    if (result.ok) setOpen(false);
  };

  return (
    <details className="disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={words("operatorSetup.editDelegation", { name: delegation.name })}>
        {words("operatorSetup.edit")}
      </summary>
      <form className="form" onSubmit={submit} data-testid="delegation-edit">
        <label htmlFor={`${id}-name`}>{t("operator.delegation.name")}</label>
        <input
          id={`${id}-name`}
          dir="auto"
          required
          maxLength={limits.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {isState ? (
          <fieldset className="fieldset fieldset--row">
            <legend>{t("operator.delegation.constituencies")}</legend>
            {stateConstituencies.map((constituency) => (
              <label key={constituency} className="check">
                <input type="checkbox" checked={chosen.has(constituency)} onChange={() => toggle(constituency)} />
                {t(`constituency.${constituency}.long`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <span className="button-row">
          <SubmitButton variant="primary" busy={edit.busy} disabled={isState && chosen.size === 0}>
            {words("operatorSetup.save")}
          </SubmitButton>
        </span>
      </form>
      <ActionStatus action={edit.action} />
    </details>
  );
}
