import type { AppError, InvitationPreview } from "@trilogue/shared";
import { limits } from "@trilogue/shared";
import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { joinWithInvitation, previewInvitation } from "../../api/session-api";
import { useRouter } from "../../app/router";
import { ActionStatus, type ActionView } from "../../components/ActionStatus";
import { DecisionRuleNote } from "../../components/DecisionRuleNote";
import { SiteHeader } from "../../components/SiteHeader";
import { SubmitButton } from "../../components/SubmitButton";
import { connection } from "../../realtime/connection";
import { useSessionStore } from "../../stores/session-store";

/** Reads the token from the fragment once and takes it out of the address bar and history. */
function useInvitationToken(): string {
  const hash = useRouter((s) => s.hash);
  const [token] = useState(hash);
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, "", "/join");
  }, []);
  return token;
}

const errorView = (error: AppError): ActionView => ({
  status: "error",
  errorCode: error.code,
  errorDetail: error.message,
  // Why, in the person's language: a link revoked, expired or unknown.
  errorReason: error.reason ?? null,
});

/** `/join#<token>`: greets the invited person by what the link is for, asks only for a name. */
export function JoinScreen() {
  const { t } = useTranslation();
  const id = useId();
  const token = useInvitationToken();
  const navigate = useRouter((s) => s.navigate);
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [previewError, setPreviewError] = useState<AppError | null>(null);
  const [name, setName] = useState("");
  const [joining, setJoining] = useState<ActionView | null>(null);

  useEffect(() => {
    if (!token) return;
    void previewInvitation(token).then((result) => {
      if (result.ok) setPreview(result.data);
      else setPreviewError(result.error);
    });
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setJoining({ status: "pending", errorCode: null, errorDetail: null });
    const result = await joinWithInvitation(token, name.trim());
    if (!result.ok) return setJoining(errorView(result.error));
    // A fresh person in this browser: forget any previous session's state before connecting.
    connection.stop();
    useSessionStore.setState({ status: "unknown", me: null, endedReason: null, endedBecause: null });
    navigate("/room", { replace: true });
  };

  return (
    <>
      <SiteHeader />
      <JoinBody token={token} preview={preview} previewError={previewError}>
        <form className="form" onSubmit={submit}>
          <label htmlFor={`${id}-name`}>{t("join.nameLabel")}</label>
          <input
            id={`${id}-name`}
            required
            autoComplete="name"
            dir="auto"
            maxLength={limits.displayName}
            value={name}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p className="hint" id={`${id}-hint`}>
            {t("join.nameHint")}
          </p>
          <span className="button-row">
            <SubmitButton variant="primary" disabled={joining?.status === "pending"}>
              {t("join.enter")}
            </SubmitButton>
            <ActionStatus action={joining} />
          </span>
        </form>
      </JoinBody>
    </>
  );
}

/** Props of {@link JoinBody}. */
type JoinBodyProps = {
  /** The token from the link's fragment, empty when the link lost it. */
  token: string;
  /** What the invitation is for, once the server said. */
  preview: InvitationPreview | null;
  /** Why the invitation cannot be used, if it cannot. */
  previewError: AppError | null;
  /** The name form, shown once the invitation checks out. */
  children: ReactNode;
};

/** The join page's main region: an incomplete or refused link, the check under way, or the greeting. */
function JoinBody({ token, preview, previewError, children }: JoinBodyProps) {
  const { t } = useTranslation();
  if (!token) {
    return (
      <main className="page page--narrow" id="main">
        <h1>{t("join.noToken.title")}</h1>
        <p>{t("join.noToken.body")}</p>
      </main>
    );
  }
  if (previewError) {
    return (
      <main className="page page--narrow" id="main">
        <h1>{t("join.invalid.title")}</h1>
        <ActionStatus action={errorView(previewError)} />
      </main>
    );
  }
  if (!preview) {
    return (
      <main className="page page--narrow" id="main" aria-busy="true">
        <h1 className="loading">{t("join.checking")}</h1>
      </main>
    );
  }
  const invitedAs = preview.delegationName
    ? t("join.invitedForDelegation", { role: t(`role.${preview.role}`), delegation: preview.delegationName })
    : t("join.invitedAs", { role: t(`role.${preview.role}`) });
  return (
    <main className="page page--narrow join" id="main">
      <p className="join__welcome">{t("join.welcome")}</p>
      <h1 className="join__title" dir="auto">
        {preview.consultationTitle}
      </h1>
      <p className="join__invited">{invitedAs}</p>
      <DecisionRuleNote rule={preview.decisionRule} withNotice />
      {children}
    </main>
  );
}
