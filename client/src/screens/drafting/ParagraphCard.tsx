import type { DraftProposal, Paragraph } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import { ConsensusCallCard } from "../decisions/ConsensusCallCard";
import { AmendmentForm } from "./AmendmentForm";
import type { DraftingAbilities } from "./abilities";
import { EditParagraphForm, StateControls } from "./ParagraphControls";
import { ParagraphHistory } from "./ParagraphHistory";
import { ProposalItem } from "./ProposalItem";
import { BracketedText } from "./Redline";

/** Props of {@link ParagraphCard}. */
export type ParagraphCardProps = {
  paragraph: Paragraph;
  /** Its UN label, e.g. "OP2". */
  label: string;
  /** Every proposal on it (pending ones are listed). */
  proposals: DraftProposal[];
  abilities: DraftingAbilities;
};

/**
 * A paragraph: label, state, text with its brackets; its silence procedure while one runs; the
 * chair's and secretary's controls; proposals awaiting the chair; and its history with redline.
 */
export function ParagraphCard({ paragraph, label, proposals, abilities }: ParagraphCardProps) {
  const { t } = useTranslation();
  const sponsor = useDelegationName(paragraph.sponsorDelegationId);
  const call = useConsultationStore((s) =>
    paragraph.silenceCallId ? (s.state?.consensusCalls[paragraph.silenceCallId] ?? null) : null,
  );
  const underSilence = call?.status === "open";
  const open = paragraph.state === "bracketed" && !underSilence;
  const pending = proposals.filter((p) => p.status === "pending");
  return (
    <section
      className={`paragraph paragraph--${paragraph.state}`}
      data-testid="paragraph"
      data-state={paragraph.state}
      aria-label={label}
    >
      <header className="paragraph__head">
        <strong className="paragraph__label">{label}</strong>{" "}
        <span className={`badge badge--paragraph-${paragraph.state}`} data-testid="paragraph-state">
          {t(`drafting.state.${paragraph.state}`)}
        </span>{" "}
        <span className="muted">
          {t("drafting.version", { version: paragraph.version })}
          {sponsor ? ` · ${t("drafting.sponsoredBy", { delegation: sponsor })}` : null}
        </span>
      </header>
      <p className="paragraph__text" dir="auto" data-testid="paragraph-text">
        <BracketedText text={paragraph.text} />
      </p>
      {call && underSilence ? (
        <div className="paragraph__silence">
          <p className="hint">{t("drafting.underSilence")}</p>
          <ConsensusCallCard
            call={call}
            mode={abilities.chair ? "chair" : abilities.speak ? "delegate" : "read"}
            delegationId={abilities.delegationId}
          />
        </div>
      ) : null}
      {abilities.chair && !underSilence ? <StateControls paragraph={paragraph} label={label} /> : null}
      {abilities.edit && open ? <EditParagraphForm paragraph={paragraph} /> : null}
      {pending.length > 0 ? (
        <ul className="proposals" aria-label={t("drafting.proposals")}>
          {pending.map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} paragraph={paragraph} abilities={abilities} />
          ))}
        </ul>
      ) : null}
      {abilities.propose && open ? <AmendmentForm paragraph={paragraph} delegationId={abilities.delegationId} /> : null}
      <ParagraphHistory paragraphId={paragraph.id} />
    </section>
  );
}
