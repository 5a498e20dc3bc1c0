import type { Delegation } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { ConstituencyTags } from "../../components/Badges";
import { useRequest } from "../../hooks/use-request";
import { useOperatorStore } from "../../stores/operator-store";
import { DelegationEdit } from "./DelegationEdit";
import { DelegationForm } from "./DelegationForm";
import { useSetupWords } from "./use-setup-words";

/** The delegations registered for the consultation, with a link for each, and the form to add one. */
export function DelegationsPanel() {
  const { t } = useTranslation();
  const { t: words } = useSetupWords();
  const detail = useOperatorStore((s) => s.detail);
  const select = useOperatorStore((s) => s.select);
  if (!detail) return null;
  const joined = (delegation: Delegation) =>
    detail.participants.filter((participant) => participant.delegationId === delegation.id).length;
  return (
    <section className="panel no-print" aria-labelledby="delegations-heading">
      <div className="panel__head">
        <h2 id="delegations-heading" className="panel__title">
          {t("operator.delegations", { title: detail.consultation.title })}
        </h2>
        <button type="button" className="button button--link" onClick={() => void select(detail.consultation.id)}>
          {t("operator.refresh")}
        </button>
      </div>
      {detail.delegations.length === 0 ? (
        <p className="muted">{t("operator.noDelegations")}</p>
      ) : (
        <table className="table" data-testid="delegations">
          <thead>
            <tr>
              <th scope="col">{t("operator.delegation.name")}</th>
              <th scope="col">{t("operator.delegation.constituencies")}</th>
              <th scope="col">{t("operator.joined")}</th>
              <th scope="col">{t("operator.link")}</th>
              <th scope="col">{words("operatorSetup.edit")}</th>
            </tr>
          </thead>
          <tbody>
            {detail.delegations.map((delegation) => (
              <tr key={delegation.id}>
                <th scope="row">{delegation.name}</th>
                <td>
                  <ConstituencyTags constituencies={delegation.constituencies} />
                </td>
                <td>{joined(delegation)}</td>
                <td>
                  <IssueDelegateLink delegation={delegation} />
                </td>
                <td>
                  <DelegationEdit
                    key={`${delegation.name}|${delegation.constituencies.join()}`}
                    delegation={delegation}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DelegationForm />
    </section>
  );
}

function IssueDelegateLink({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const issue = useRequest(useOperatorStore((s) => s.issue));
  return (
    <span className="command">
      <button
        type="button"
        className="button"
        disabled={issue.busy}
        aria-label={t("operator.issueFor", { name: delegation.name })}
        onClick={() => void issue.run({ role: "delegate", delegationId: delegation.id, label: delegation.name })}
      >
        {t("operator.issue")}
      </button>
      <ActionStatus action={issue.action} />
    </span>
  );
}
