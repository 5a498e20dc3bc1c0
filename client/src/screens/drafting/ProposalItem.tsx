import {
  applyChange,
  coSignatoriesOf,
  type DraftProposal,
  jointStatementOn,
  type Paragraph,
  redline,
} from "@trilogue/shared";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useDelegations } from "../../hooks/use-consultation";
import { useJoint } from "../../hooks/use-drafting";
import { useFormat } from "../../hooks/use-format";
import type { DraftingAbilities } from "./abilities";
import { Redline } from "./Redline";

// The chair's poll form loads only where the chair drafts.
const PutToVote = lazy(() => import("../decisions/PutToVote").then((m) => ({ default: m.PutToVote })));

/** Props of {@link ProposalItem}. */
export type ProposalItemProps = {
  proposal: DraftProposal;
  /** The paragraph it amends, or null for a new paragraph. */
  paragraph: Paragraph | null;
  abilities: DraftingAbilities;
};

/**
 * A proposal awaiting the chair: its sponsor and co-sponsors, and what it would do to the current
 * text as a redline. The chair merges (naming the version on screen) or rejects; the sponsor may
 * withdraw; a named co-sponsor confirms or declines here.
 */
export function ProposalItem({ proposal, paragraph, abilities }: ProposalItemProps) {
  const { t } = useTranslation();
  const delegations = useDelegations();
  const format = useFormat();
  const { joints, coSignatures } = useJoint();
  const name = (id: string) => delegations[id]?.name ?? "";
  const joint = jointStatementOn("proposal", proposal.id, joints);
  const signers = joint ? coSignatoriesOf(joint.id, coSignatures) : null;
  const mine = joint
    ? coSignatures.find(
        (s) => s.jointId === joint.id && s.delegationId === abilities.delegationId && s.status === "pending",
      )
    : undefined;
  const result =
    paragraph && proposal.kind !== "new_paragraph"
      ? applyChange(paragraph.text, { kind: proposal.kind, passage: proposal.passage, text: proposal.text })
      : null;
  const list = (ids: string[]) => format.list(ids.map(name));
  return (
    <li className="proposal" data-testid="proposal" data-status={proposal.status}>
      <p className="proposal__head">
        <strong>{t(`drafting.proposalKind.${proposal.kind}`)}</strong>
        {" · "}
        <span data-testid="proposal-sponsor">{name(proposal.delegationId)}</span>
        {joint?.onBehalfOf ? ` ${t("drafting.onBehalf", { group: joint.onBehalfOf })}` : null}
        {signers?.confirmed.length ? ` · ${t("drafting.coSponsoredBy", { list: list(signers.confirmed) })}` : null}
        {signers?.pending.length ? ` · ${t("drafting.awaitingCoSponsors", { list: list(signers.pending) })}` : null}
        <span className="muted">
          {" · "}
          {t(`drafting.proposalStatus.${proposal.status}`)}
          {paragraph && proposal.baseVersion !== paragraph.version && proposal.baseVersion !== null
            ? ` · ${t("drafting.writtenOn", { version: proposal.baseVersion })}`
            : null}
        </span>
      </p>
      {proposal.kind === "new_paragraph" ? (
        <p className="proposal__text" dir="auto">
          {proposal.text}
        </p>
      ) : result?.ok && paragraph ? (
        <Redline segments={redline(paragraph.text, result.text)} />
      ) : (
        <p className="hint hint--warning">{t("drafting.cannotApply")}</p>
      )}
      {proposal.rationale ? <p className="muted">{proposal.rationale}</p> : null}
      <span className="button-row">
        {abilities.chair && proposal.status === "pending" ? (
          <>
            <CommandButton
              command="draft:merge-proposal"
              variant="primary"
              payload={{ proposalId: proposal.id, baseVersion: paragraph?.version ?? null }}
              disabled={result !== null && !result.ok}
            >
              {t("drafting.merge")}
            </CommandButton>
            <CommandButton command="draft:reject-proposal" payload={{ proposalId: proposal.id }}>
              {t("drafting.reject")}
            </CommandButton>
          </>
        ) : null}
        {abilities.propose && proposal.delegationId === abilities.delegationId && proposal.status === "pending" ? (
          <CommandButton command="draft:withdraw-proposal" payload={{ proposalId: proposal.id }}>
            {t("drafting.withdraw")}
          </CommandButton>
        ) : null}
        {abilities.speak && mine ? (
          <>
            <CommandButton command="joint:confirm" payload={{ coSignatureId: mine.id }}>
              {t("joint.confirm")}
            </CommandButton>
            <CommandButton command="joint:decline" payload={{ coSignatureId: mine.id }}>
              {t("joint.decline")}
            </CommandButton>
          </>
        ) : null}
      </span>
      {abilities.chair && proposal.status === "pending" ? (
        <Suspense fallback={null}>
          <PutToVote
            subject={{ kind: "proposal", proposalId: proposal.id }}
            draftId={proposal.draftId}
            name={name(proposal.delegationId)}
          />
        </Suspense>
      ) : null}
    </li>
  );
}
