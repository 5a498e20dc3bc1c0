import { byTimeLatestFirst, coSignatoriesOf } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useDelegations } from "../../hooks/use-consultation";
import { useJoint } from "../../hooks/use-drafting";
import { useFormat } from "../../hooks/use-format";
import { useConsultationStore } from "../../stores/consultation-store";
import type { DraftingAbilities } from "./abilities";
import { JointPositionForm } from "./JointPositionForm";

/** Props of {@link JointStatementsView}. */
export type JointStatementsViewProps = {
  itemId: string;
  abilities: DraftingAbilities;
};

/**
 * Joint statements on the item: what was said on behalf of whom, and each co-signatory's answer. A
 * delegate confirms or declines for its delegation here, and may post a joint position.
 */
export function JointStatementsView({ itemId, abilities }: JointStatementsViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const delegations = useDelegations();
  const positions = useConsultationStore((s) => s.state?.positions);
  const proposals = useConsultationStore((s) => s.state?.draftProposals);
  const { joints, coSignatures } = useJoint();
  const own = joints.filter((j) => j.itemId === itemId).sort(byTimeLatestFirst((joint) => joint.createdAt));
  const name = (id: string) => delegations[id]?.name ?? "";
  return (
    <div className="joint" data-testid="joint-statements">
      {own.length === 0 ? <p className="muted">{t("joint.none")}</p> : null}
      <ul className="plain-list">
        {own.map((joint) => {
          const signers = coSignatoriesOf(joint.id, coSignatures);
          const position = joint.subject === "position" ? positions?.[joint.subjectId] : undefined;
          const lapsed = position !== undefined && position.version !== joint.subjectVersion;
          const text = position?.statement ?? proposals?.[joint.subjectId]?.text ?? "";
          const mine = coSignatures.find(
            (s) => s.jointId === joint.id && s.delegationId === abilities.delegationId && s.status === "pending",
          );
          return (
            <li key={joint.id} className="joint__statement" data-testid="joint-statement">
              <p>
                <strong>{t(`joint.subject.${joint.subject}`)}</strong>
                {" · "}
                {name(joint.sponsorDelegationId)}
                {joint.onBehalfOf ? ` ${t("joint.onBehalf", { group: joint.onBehalfOf })}` : null}
                {lapsed ? <span className="muted"> · {t("joint.lapsed")}</span> : null}
              </p>
              {text ? <blockquote dir="auto">{text}</blockquote> : null}
              <ul className="inline-list">
                {(["confirmed", "pending", "declined"] as const).map((status) =>
                  signers[status].length ? (
                    <li key={status} data-status={status}>
                      {t(`joint.status.${status}`)}
                      {t("format.colon")}
                      {format.list(signers[status].map(name))}
                    </li>
                  ) : null,
                )}
              </ul>
              {abilities.speak && mine && !lapsed ? (
                <p className="button-row">
                  <span className="hint">{t("joint.requests")}</span>
                  <CommandButton command="joint:confirm" variant="primary" payload={{ coSignatureId: mine.id }}>
                    {t("joint.confirm")}
                  </CommandButton>
                  <CommandButton command="joint:decline" payload={{ coSignatureId: mine.id }}>
                    {t("joint.decline")}
                  </CommandButton>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {abilities.speak ? <JointPositionForm itemId={itemId} delegationId={abilities.delegationId} /> : null}
    </div>
  );
}
