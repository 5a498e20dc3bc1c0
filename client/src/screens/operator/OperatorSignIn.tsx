import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";

const outcomes = ["refused", "failed", "unavailable"] as const;

/** Why the last organisation sign-in came back without a session, from `/operator?signIn=…`. */
function signInOutcome(): (typeof outcomes)[number] | null {
  const value = new URLSearchParams(window.location.search).get("signIn");
  return outcomes.find((outcome) => outcome === value) ?? null;
}

/**
 * Signing in: with the organisation's provider when the server has one, and with the operator
 * token when the server accepts it (kept for this tab only).
 */
export function OperatorSignIn() {
  const { t } = useTranslation();
  const id = useId();
  const [token, setToken] = useState("");
  const options = useOperatorStore((s) => s.options);
  const signIn = useRequest(useOperatorStore((s) => s.signIn));
  const outcome = signInOutcome();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn.run(token.trim());
  };
  const oidc = options?.oidc ?? null;
  const tokenAccepted = options?.token ?? !oidc;
  return (
    <main className="page page--narrow" id="main">
      <h2>{t("operator.signIn.title")}</h2>
      {outcome ? (
        <p className="notice notice--error" role="alert">
          {t(`operatorAccess.outcome.${outcome}`)}
        </p>
      ) : null}
      {oidc ? (
        <p>
          <a className="button button--primary" href="/api/operator-sign-in/oidc">
            {t("operatorAccess.signInWith", { provider: oidc.providerName })}
          </a>
        </p>
      ) : null}
      {tokenAccepted ? (
        <>
          {oidc ? <h3>{t("operatorAccess.orToken")}</h3> : null}
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
        </>
      ) : null}
    </main>
  );
}
