import { type AcceptanceKind, acceptanceKinds, limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";

/** A T/PCC records its acceptance of an adopted expectation, with a national caveat, or not. */
export function AcceptanceForm({ expectationId }: { /** The adopted expectation. */ expectationId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<AcceptanceKind>("accepts");
  const [caveat, setCaveat] = useState("");
  const record = useAction("expectation:record-acceptance");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record.run({ expectationId, kind, caveat: kind === "accepts" ? "" : caveat });
  };
  return (
    <form className="form acceptance-form" onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>{t("expectations.recordLegend")}</legend>
        {acceptanceKinds.map((value) => (
          <label key={value} className="check">
            <input type="radio" name={`${id}-kind`} checked={kind === value} onChange={() => setKind(value)} />
            {t(`expectations.acceptance.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind !== "accepts" ? (
        <>
          <label htmlFor={`${id}-caveat`}>
            {kind === "accepts_with_reservation" ? t("expectations.caveat") : t("expectations.reason")}
          </label>
          <textarea
            dir="auto"
            id={`${id}-caveat`}
            rows={2}
            required={kind === "accepts_with_reservation"}
            maxLength={limits.caveat}
            value={caveat}
            onChange={(e) => setCaveat(e.target.value)}
          />
        </>
      ) : null}
      <span className="button-row">
        <SubmitButton variant="primary" disabled={record.busy}>
          {t("expectations.record")}
        </SubmitButton>
        <ActionStatus action={record.action} />
      </span>
    </form>
  );
}
