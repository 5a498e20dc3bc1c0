import type { Invitation, Role } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { useFormat } from "../../hooks/use-format";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";
import { InvitationMailCell, useMailPolling } from "./InvitationMailCell";
import { IssuedLinks } from "./IssuedLinks";
import { useSetupWords } from "./use-setup-words";

const roleLinks: Role[] = ["chair", "secretary", "observer"];

/** Issues links for the room's roles and every delegation, lists them, and revokes one. */
export function InvitationsPanel() {
  const { t } = useTranslation();
  const detail = useOperatorStore((s) => s.detail);
  const issue = useOperatorStore((s) => s.issue);
  const issueRole = useRequest(issue);
  const issueAll = useRequest(async () => {
    const covered = new Set(
      (detail?.invitations ?? []).filter((i) => !i.revokedAt && i.delegationId).map((i) => i.delegationId),
    );
    for (const delegation of detail?.delegations ?? []) {
      if (covered.has(delegation.id)) continue;
      const result = await issue({ role: "delegate", delegationId: delegation.id, label: delegation.name });
      if (!result.ok) return result;
    }
    return { ok: true, data: null } as const;
  });
  if (!detail) return null;
  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="panel__title no-print">
        {t("operator.invitations")}
      </h2>
      <div className="button-row no-print">
        {roleLinks.map((role) => (
          <button
            key={role}
            type="button"
            className="button"
            disabled={issueRole.busy}
            onClick={() => void issueRole.run({ role, delegationId: null, label: t(`role.${role}`) })}
          >
            {t("operator.issueRole", { role: t(`role.${role}`) })}
          </button>
        ))}
        <ActionStatus action={issueRole.action} />
      </div>
      <div className="button-row no-print">
        <button
          type="button"
          className="button button--primary"
          disabled={issueAll.busy}
          onClick={() => void issueAll.run()}
        >
          {t("operator.issueAll")}
        </button>
        <ActionStatus action={issueAll.action} />
      </div>
      <IssuedLinks />
      <AllInvitations invitations={detail.invitations} />
    </section>
  );
}

function AllInvitations({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const { t: words } = useSetupWords();
  const format = useFormat();
  const delegations = useOperatorStore((s) => s.detail?.delegations ?? []);
  const revoke = useRequest(useOperatorStore((s) => s.revoke));
  const mailOn = useOperatorStore((s) => s.options?.mail ?? false);
  useMailPolling();
  if (invitations.length === 0) return null;
  const who = (invitation: Invitation) =>
    delegations.find((d) => d.id === invitation.delegationId)?.name ?? invitation.label ?? t(`role.${invitation.role}`);
  const now = Date.now();
  return (
    <details className="disclosure no-print">
      <summary>{t("operator.allInvitations", { count: invitations.length })}</summary>
      <ActionStatus action={revoke.action} />
      <table className="table" data-testid="all-invitations">
        <thead>
          <tr>
            <th scope="col">{t("operator.who")}</th>
            <th scope="col">{t("operator.role")}</th>
            <th scope="col">{t("operator.state")}</th>
            <th scope="col">{words("operatorSetup.issuedAt")}</th>
            <th scope="col">{words("operatorSetup.lastUsed")}</th>
            <th scope="col">{t("operator.actions")}</th>
            {mailOn ? <th scope="col">{t("operatorAccess.email")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => {
            const state = invitation.revokedAt
              ? "revoked"
              : Date.parse(invitation.expiresAt) <= now
                ? "expired"
                : "active";
            return (
              <tr key={invitation.id}>
                <th scope="row">
                  {who(invitation)}
                  {invitation.label && invitation.label !== who(invitation) ? (
                    <span className="muted"> ({invitation.label})</span>
                  ) : null}
                </th>
                <td>{t(`role.${invitation.role}`)}</td>
                <td>{t(`operator.invitationState.${state}`)}</td>
                <td>{format.dateTime(invitation.issuedAt)}</td>
                <td>
                  {invitation.lastUsedAt ? format.dateTime(invitation.lastUsedAt) : words("operatorSetup.neverUsed")}
                </td>
                <td>
                  {state === "active" ? (
                    <button
                      type="button"
                      className="button button--danger"
                      disabled={revoke.busy}
                      aria-label={t("operator.revokeFor", { who: who(invitation) })}
                      onClick={() => {
                        if (window.confirm(t("operator.revokeConfirm", { who: who(invitation) })))
                          void revoke.run(invitation.id);
                      }}
                    >
                      {t("operator.revoke")}
                    </button>
                  ) : null}
                </td>
                {mailOn ? (
                  <td>
                    <InvitationMailCell invitation={invitation} who={who(invitation)} active={state === "active"} />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
