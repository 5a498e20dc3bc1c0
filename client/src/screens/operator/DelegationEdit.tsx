import { type Constituency, type Delegation, limits, type UpdateDelegationBody } from "@trilogue/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useToggleSet } from "../../hooks/use-toggle-set";
import { useOperatorStore } from "../../stores/operator-store";
import { ConstituencyChecks } from "./ConstituencyChecks";
import { stateConstituencies } from "./DelegationForm";
import { EditDisclosure } from "./EditDisclosure";
import { useSetupWords } from "./use-setup-words";

/**
 * Corrects one delegation's name (and a Member State's constituencies) before anything is said; the
 * server refuses it afterwards and the refusal says why. Only the fields changed are sent.
 */
export function DelegationEdit({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const { t: words } = useSetupWords();
  const id = useId();
  const [name, setName] = useState(delegation.name);
  const { chosen, toggle } = useToggleSet<Constituency>(delegation.constituencies);
  const editDelegation = useOperatorStore((s) => s.editDelegation);
  const isState = delegation.countryCode !== null;

  const changes = (): UpdateDelegationBody => {
    const changed: UpdateDelegationBody = {};
    if (name.trim() !== delegation.name) changed.name = name.trim();
    const picked = stateConstituencies.filter((c) => chosen.has(c));
    const same =
      picked.length === delegation.constituencies.length && picked.every((c) => delegation.constituencies.includes(c));
    if (isState && !same) changed.constituencies = picked;
    return changed;
  };

  return (
    <EditDisclosure
      label={words("operatorSetup.editDelegation", { name: delegation.name })}
      testId="delegation-edit"
      changes={changes}
      save={(changed) => editDelegation(delegation.id, changed)}
      saveDisabled={isState && chosen.size === 0}
    >
      <label htmlFor={`${id}-name`}>{t("operator.delegation.name")}</label>
      <input
        id={`${id}-name`}
        dir="auto"
        required
        maxLength={limits.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      {isState ? <ConstituencyChecks chosen={chosen} toggle={toggle} /> : null}
    </EditDisclosure>
  );
}
