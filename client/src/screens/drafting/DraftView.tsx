import { type Draft, numberParagraphs } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useParagraphs, useProposals } from "../../hooks/use-drafting";
import type { DraftingAbilities } from "./abilities";
import { ParagraphCard } from "./ParagraphCard";
import { AddParagraphForm, ProposeParagraphForm } from "./ParagraphForms";
import { ProposalItem } from "./ProposalItem";

/** Props of {@link DraftView}. */
export type DraftViewProps = {
  draft: Draft;
  abilities: DraftingAbilities;
};

/** One draft: its paragraphs in UN order (PP, then OP), proposed new paragraphs, and the forms. */
export function DraftView({ draft, abilities }: DraftViewProps) {
  const { t } = useTranslation();
  const paragraphs = useParagraphs(draft.id);
  const proposals = useProposals(draft.id);
  const numbers = numberParagraphs(paragraphs);
  const labelOf = (id: string) => {
    const n = numbers.get(id);
    return n ? t(`drafting.label.${n.kind}`, { number: n.number }) : "";
  };
  const newParagraphs = proposals.filter((p) => p.kind === "new_paragraph" && p.status === "pending");
  return (
    <article className="draft" data-testid="draft" aria-labelledby={`draft-${draft.id}`}>
      <h3 id={`draft-${draft.id}`} className="draft__title" dir="auto">
        {draft.title}
      </h3>
      {paragraphs.length === 0 ? <p className="muted">{t("drafting.noParagraphs")}</p> : null}
      <ol className="draft__paragraphs">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.id}>
            <ParagraphCard
              paragraph={paragraph}
              label={labelOf(paragraph.id)}
              proposals={proposals.filter((p) => p.paragraphId === paragraph.id)}
              abilities={abilities}
            />
          </li>
        ))}
      </ol>
      {newParagraphs.length > 0 ? (
        <ul className="proposals" aria-label={t("drafting.proposals")}>
          {newParagraphs.map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} paragraph={null} abilities={abilities} />
          ))}
        </ul>
      ) : null}
      {abilities.edit ? <AddParagraphForm draftId={draft.id} paragraphs={paragraphs} labelOf={labelOf} /> : null}
      {abilities.propose ? (
        <ProposeParagraphForm
          draftId={draft.id}
          paragraphs={paragraphs}
          labelOf={labelOf}
          delegationId={abilities.delegationId}
        />
      ) : null}
    </article>
  );
}
