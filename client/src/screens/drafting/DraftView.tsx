import { type Draft, draftingApi, numberParagraphs } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { urlOf } from "../../api/http";
import { useDeletions, useParagraphs, useProposals } from "../../hooks/use-drafting";
import { useConsultationStore } from "../../stores/consultation-store";
import type { DraftingAbilities } from "./abilities";
import { DeletedParagraphs } from "./DeletedParagraphs";
import { OutlineControls } from "./OutlineControls";
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
  const deletions = useDeletions(draft.id);
  const consultationId = useConsultationStore((s) => s.state?.consultation.id);
  const labelOf = (id: string) => {
    const n = numbers.get(id);
    if (!n) return "";
    // "OP3", then the sub-paragraph's letters as written: "OP3 (a) (ii)".
    const sub = n.label.split(" ").slice(1);
    return [t(`drafting.label.${n.kind}`, { number: n.number }), ...sub].join(" ");
  };
  const docx = (form: "clean" | "redline") =>
    consultationId === undefined
      ? undefined
      : urlOf(draftingApi.docx, { params: { id: consultationId, draftId: draft.id, form } });
  const newParagraphs = proposals.filter((p) => p.kind === "new_paragraph" && p.status === "pending");
  return (
    <article className="draft" data-testid="draft" aria-labelledby={`draft-${draft.id}`}>
      <h3 id={`draft-${draft.id}`} className="draft__title" dir="auto">
        {draft.title}
      </h3>
      {paragraphs.length === 0 ? <p className="muted">{t("drafting.noParagraphs")}</p> : null}
      <ol className="draft__paragraphs">
        {paragraphs.map((paragraph) => (
          <li
            key={paragraph.id}
            className={`draft__paragraph draft__paragraph--level-${paragraph.level}`}
            style={{ marginInlineStart: `${paragraph.level * 1.5}rem` }}
          >
            <ParagraphCard
              paragraph={paragraph}
              label={labelOf(paragraph.id)}
              proposals={proposals.filter((p) => p.paragraphId === paragraph.id)}
              abilities={abilities}
              outline={
                abilities.edit ? (
                  <OutlineControls paragraph={paragraph} paragraphs={paragraphs} label={labelOf(paragraph.id)} />
                ) : null
              }
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
      <DeletedParagraphs deletions={deletions} />
      {paragraphs.length > 0 ? (
        <p className="button-row">
          <a className="button button--secondary" href={docx("clean")} download data-testid="docx-clean">
            {t("draftingOutline.docxClean")}
          </a>
          <a className="button button--secondary" href={docx("redline")} download data-testid="docx-redline">
            {t("draftingOutline.docxRedline")}
          </a>
        </p>
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
