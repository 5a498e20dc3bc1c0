import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";

/** Asks for the operator token; it is kept for this tab only. */
export function OperatorSignIn() {
  const { t } = useTranslation();
  const id = useId();
  const [token, setToken] = useState("");
  const signIn = useRequest(useOperatorStore((s) => s.signIn));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn.run(token.trim());
  };
  return (
    <main className="page page--narrow" id="main">
      <h2>{t("operator.signIn.title")}</h2>
      <p>{t("operator.signIn.body")}</p>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-token`}>{t("operator.signIn.token")}</label>
        <input
          id={`${id}-token`}
          type="password"
          autoComplete="current-password"
          required
          minLength={16}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <span className="button-row">
          <SubmitButton variant="primary" disabled={signIn.busy}>
            {t("operator.signIn.submit")}
          </SubmitButton>
          <ActionStatus action={signIn.action} overrides={{ UNAUTHENTICATED: t("operator.signIn.wrong") }} />
        </span>
      </form>
    </main>
  );
}
