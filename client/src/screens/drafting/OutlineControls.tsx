import { maxParagraphLevel, type Paragraph, siblingMoves } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";

/** Props of {@link OutlineControls}. */
export type OutlineControlsProps = {
  paragraph: Paragraph;
  /** The draft's paragraphs, in UN order. */
  paragraphs: readonly Paragraph[];
  /** Its UN label, e.g. "OP2 (a)". */
  label: string;
};

/**
 * The chair or secretary moves a paragraph (with its sub-paragraphs) among its siblings, makes it
 * a sub-paragraph or raises it, and deletes it. The server checks the outline and, for a deletion,
 * the version on screen: a stale view is refused, never applied.
 */
export function OutlineControls({ paragraph, paragraphs, label }: OutlineControlsProps) {
  const { t } = useTranslation();
  const { up, down } = siblingMoves(paragraphs, paragraph.id);
  const operative = paragraph.kind === "operative";
  return (
    <div className="paragraph__controls button-row" data-testid="outline-controls">
      {up !== undefined ? (
        <CommandButton command="draft:move-paragraph" payload={{ paragraphId: paragraph.id, beforeParagraphId: up }}>
          {t("draftingOutline.moveUp")}
        </CommandButton>
      ) : null}
      {down !== undefined ? (
        <CommandButton command="draft:move-paragraph" payload={{ paragraphId: paragraph.id, beforeParagraphId: down }}>
          {t("draftingOutline.moveDown")}
        </CommandButton>
      ) : null}
      {operative && paragraph.level < maxParagraphLevel ? (
        <CommandButton
          command="draft:move-paragraph"
          payload={{ paragraphId: paragraph.id, beforeParagraphId: paragraph.id, level: paragraph.level + 1 }}
        >
          {t("draftingOutline.indent")}
        </CommandButton>
      ) : null}
      {operative && paragraph.level > 0 ? (
        <CommandButton
          command="draft:move-paragraph"
          payload={{ paragraphId: paragraph.id, beforeParagraphId: paragraph.id, level: paragraph.level - 1 }}
        >
          {t("draftingOutline.outdent")}
        </CommandButton>
      ) : null}
      <CommandButton
        command="draft:delete-paragraph"
        variant="danger"
        confirm={t("draftingOutline.deleteConfirm", { label })}
        payload={{ paragraphId: paragraph.id, baseVersion: paragraph.version }}
      >
        {t("draftingOutline.delete")}
      </CommandButton>
    </div>
  );
}
