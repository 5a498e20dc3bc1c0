import { type DraftProposal, hasBrackets, type Paragraph } from "@trilogue/shared";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import { ConsensusCallCard } from "../decisions/ConsensusCallCard";
import { AmendmentForm, type TextSelection } from "./AmendmentForm";
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
  /** The chair's or secretary's move and delete controls, if they may. */
  outline?: ReactNode;
};

/** Where the reader's selection lies within the element's text, if it lies wholly inside it. */
function selectionIn(element: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const passage = range.toString();
  return passage.trim() === "" ? null : { passage, at: before.toString().length };
}

/**
 * A paragraph: label, state, text with its brackets; its silence procedure while one runs; the
 * chair's and secretary's controls; proposals awaiting the chair; and its history with redline.
 */
export function ParagraphCard({ paragraph, label, proposals, abilities, outline }: ParagraphCardProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [selected, setSelected] = useState<(TextSelection & { version: number }) | null>(null);
  const [amending, setAmending] = useState<(TextSelection & { version: number }) | null>(null);
  const noteSelection = () => {
    const found = textRef.current ? selectionIn(textRef.current) : null;
    setSelected(found ? { ...found, version: paragraph.version } : null);
  };
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
          {paragraph.state === "bracketed" && !hasBrackets(paragraph.text)
            ? t("draftingOutline.unbracketed")
            : t(`drafting.state.${paragraph.state}`)}
        </span>{" "}
        <span className="muted">
          {t("drafting.version", { version: paragraph.version })}
          {sponsor ? ` · ${t("drafting.sponsoredBy", { delegation: sponsor })}` : null}
        </span>
      </header>
      {/* Selecting words here is how a delegation picks the passage it amends. */}
      <p
        className="paragraph__text"
        dir="auto"
        data-testid="paragraph-text"
        ref={textRef}
        onMouseUp={abilities.propose ? noteSelection : undefined}
        onKeyUp={abilities.propose ? noteSelection : undefined}
      >
        <BracketedText text={paragraph.text} />
      </p>
      {abilities.propose && open && selected && selected.version === paragraph.version ? (
        <p className="button-row">
          <button
            type="button"
            className="button button--secondary"
            data-testid="propose-on-selection"
            onClick={() => {
              setAmending(selected);
              setSelected(null);
            }}
          >
            {t("draftingOutline.proposeOnSelection")}
          </button>
        </p>
      ) : null}
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
      {outline && !underSilence ? outline : null}
      {abilities.edit && open ? <EditParagraphForm paragraph={paragraph} /> : null}
      {pending.length > 0 ? (
        <ul className="proposals" aria-label={t("drafting.proposals")}>
          {pending.map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} paragraph={paragraph} abilities={abilities} />
          ))}
        </ul>
      ) : null}
      {abilities.propose && open ? (
        <AmendmentForm
          paragraph={paragraph}
          delegationId={abilities.delegationId}
          selection={amending}
          onClearSelection={() => setAmending(null)}
        />
      ) : null}
      <ParagraphHistory paragraphId={paragraph.id} />
    </section>
  );
}
