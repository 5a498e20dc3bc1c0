import type { Constituency } from "@trilogue/shared";
import { limits } from "@trilogue/shared";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useFormat } from "../../hooks/use-format";
import { useRequest } from "../../hooks/use-request";
import { useToggleSet } from "../../hooks/use-toggle-set";
import { localeTag } from "../../i18n/languages";
import { useOperatorStore } from "../../stores/operator-store";
import { bodies } from "./bodies";
import { ConstituencyChecks } from "./ConstituencyChecks";
import { loadMemberStates, type MemberState } from "./member-states";

type Kind = "state" | "secretariat" | "observer";
export const stateConstituencies: Constituency[] = ["council", "tpcc", "host"];
/** The picker's entry for a body not listed, whose name is typed in. */
const otherBody = "other";

/** Registers a delegation: a Member State with its constituencies, a Secretariat department, or an observer. */
export function DelegationForm() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const id = useId();
  const [kind, setKind] = useState<Kind>("state");
  const [states, setStates] = useState<MemberState[]>([]);
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [bodyCode, setBodyCode] = useState("");
  const { chosen, toggle, clear } = useToggleSet<Constituency>();
  const register = useRequest(useOperatorStore((s) => s.registerDelegation));

  useEffect(() => {
    void loadMemberStates(localeTag(language)).then(setStates);
  }, [language]);

  const pickState = (value: string) => {
    setCode(value);
    setName(states.find((state) => state.code === value)?.name ?? "");
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = bodies.find((candidate) => candidate.code === bodyCode);
    const payload =
      kind === "state"
        ? { name: name.trim(), countryCode: code, constituencies: stateConstituencies.filter((c) => chosen.has(c)) }
        : { name: body?.name ?? name.trim(), countryCode: null, constituencies: [kind] };
    const result = await register.run(payload);
    if (result.ok) {
      setCode("");
      setName("");
      setBodyCode("");
      clear();
    }
  };

  const noConstituency = kind === "state" && chosen.size === 0;
  return (
    <form className="form delegation-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("operator.delegation.register")}</h3>
      <fieldset className="fieldset fieldset--row">
        <legend>{t("operator.delegation.kind")}</legend>
        {(["state", "secretariat", "observer"] as const).map((value) => (
          <label key={value} className="check">
            <input type="radio" name={`${id}-kind`} checked={kind === value} onChange={() => setKind(value)} />
            {t(`operator.delegation.kinds.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind === "state" ? (
        <>
          <label htmlFor={`${id}-state`}>{t("operator.delegation.memberState")}</label>
          <select id={`${id}-state`} required value={code} onChange={(e) => pickState(e.target.value)}>
            <option value="">{t("operator.delegation.choose")}</option>
            {([false, true] as const).map((observer) => (
              <optgroup
                key={String(observer)}
                label={t(observer ? "operator.delegation.observerStates" : "operator.delegation.memberStates")}
              >
                {states
                  .filter((state) => state.observer === observer)
                  .map((state) => (
                    <option key={state.code} value={state.code}>
                      {state.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <label htmlFor={`${id}-name`}>{t("operator.delegation.name")}</label>
          <input
            id={`${id}-name`}
            dir="auto"
            required
            maxLength={limits.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <ConstituencyChecks chosen={chosen} toggle={toggle} />
          {noConstituency ? <p className="hint">{t("operator.delegation.pickConstituency")}</p> : null}
        </>
      ) : (
        <>
          <label htmlFor={`${id}-body`}>{t(`operator.delegation.kinds.${kind}`)}</label>
          <select id={`${id}-body`} required value={bodyCode} onChange={(e) => setBodyCode(e.target.value)}>
            <option value="">{t("operator.delegation.choose")}</option>
            {bodies
              .filter((body) => body.constituency === kind)
              .map((body) => (
                <option key={body.code} value={body.code}>
                  {body.code === body.name ? body.name : `${body.name} (${body.code})`}
                </option>
              ))}
            <option value={otherBody}>{t("operator.delegation.otherBody")}</option>
          </select>
          {bodyCode === otherBody ? (
            <>
              <label htmlFor={`${id}-body-name`}>{t("operator.delegation.bodyName")}</label>
              <input
                id={`${id}-body-name`}
                dir="auto"
                required
                maxLength={limits.name}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </>
          ) : null}
        </>
      )}
      <span className="button-row">
        <SubmitButton variant="primary" disabled={register.busy || noConstituency}>
          {t("operator.delegation.submit")}
        </SubmitButton>
        <ActionStatus action={register.action} />
      </span>
    </form>
  );
}
