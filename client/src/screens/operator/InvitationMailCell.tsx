import type { Invitation, InvitationMail } from "@trilogue/shared";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";

/** The key of the words for a mail's state: not sent, queued, sent, or failed with the mail server's reason. */
function mailStateKey(mail: InvitationMail | undefined) {
  if (!mail) return "operatorAccess.mail.none" as const;
  if (mail.status === "failed")
    return mail.nextAttemptAt ? "operatorAccess.mail.retrying" : "operatorAccess.mail.failed";
  return `operatorAccess.mail.${mail.status}` as const;
}

/** One invitation's email: its latest status, and an address and "send" for an active link. */
export function InvitationMailCell({
  invitation,
  who,
  active,
}: {
  invitation: Invitation;
  who: string;
  active: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const mail = useOperatorStore((s) => s.mails.find((m) => m.invitationId === invitation.id));
  const [email, setEmail] = useState(mail?.recipient ?? "");
  const send = useRequest(useOperatorStore((s) => s.sendInvitation));
  const refreshMails = useOperatorStore((s) => s.refreshMails);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t("operatorAccess.sendConfirm", { who }))) return;
    void send.run(invitation.id, email.trim()).then(() => refreshMails());
  };
  return (
    <div className="invitation-mail">
      <output data-testid="mail-status" className="muted">
        {t(mailStateKey(mail), { reason: mail?.lastError ?? "" })}
      </output>
      {active ? (
        <form className="button-row" onSubmit={submit}>
          <label className="visually-hidden" htmlFor={`${id}-email`}>
            {t("operatorAccess.emailFor", { who })}
          </label>
          <input
            id={`${id}-email`}
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={send.busy}
            aria-label={t("operatorAccess.sendFor", { who })}
          >
            {t("operatorAccess.send")}
          </button>
          <ActionStatus action={send.action} />
        </form>
      ) : null}
    </div>
  );
}

/** While a mail is queued or waiting to be retried, re-reads the statuses every two seconds. */
export function useMailPolling(): void {
  const pending = useOperatorStore((s) =>
    s.mails.some((mail) => mail.status === "queued" || (mail.status === "failed" && mail.nextAttemptAt !== null)),
  );
  const refreshMails = useOperatorStore((s) => s.refreshMails);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(() => void refreshMails(), 2000);
    return () => window.clearInterval(timer);
  }, [pending, refreshMails]);
}
