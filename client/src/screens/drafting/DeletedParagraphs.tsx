import type { ParagraphDeletion } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useConsultationStore } from "../../stores/consultation-store";

/** The draft's deleted paragraphs, newest last: who deleted each, when, and the text it held. */
export function DeletedParagraphs({ deletions }: { /** The draft's deletions. */ deletions: ParagraphDeletion[] }) {
  const { t, i18n } = useTranslation();
  const participants = useConsultationStore((s) => s.state?.participants);
  if (deletions.length === 0) return null;
  return (
    <details className="disclosure" data-testid="deleted-paragraphs">
      <summary>
        {t("draftingOutline.deletedTitle")} ({deletions.length})
      </summary>
      <ul className="history">
        {deletions.map((deletion) => (
          <li key={deletion.id}>
            <p className="muted">
              {t("draftingOutline.deletedBy", {
                label: deletion.label,
                name: participants?.[deletion.deletedBy]?.displayName ?? "",
                time: new Date(deletion.deletedAt).toLocaleString(i18n.language),
              })}
              {deletion.note ? ` · ${deletion.note}` : null}
            </p>
            <p dir="auto">
              <del>{deletion.text}</del>
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
