import { limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useDrafts } from "../../hooks/use-drafting";
import type { DraftingAbilities } from "./abilities";
import { DraftView } from "./DraftView";

/** Props of {@link DraftsTab}. */
export type DraftsTabProps = {
  itemId: string;
  abilities: DraftingAbilities;
};

/** The drafts opened on an item, and (for the chair and secretary) a form to open one. */
export function DraftsTab({ itemId, abilities }: DraftsTabProps) {
  const { t } = useTranslation();
  const drafts = useDrafts(itemId);
  return (
    <div className="drafts">
      {drafts.length === 0 ? <p className="muted">{t("drafting.none")}</p> : null}
      {drafts.map((draft) => (
        <DraftView key={draft.id} draft={draft} abilities={abilities} />
      ))}
      {abilities.edit ? <OpenDraftForm itemId={itemId} /> : null}
    </div>
  );
}

function OpenDraftForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState<string>(() => t("drafting.defaultTitle"));
  const open = useAction("draft:open");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open.run({ itemId, title });
  };
  return (
    <details className="disclosure">
      <summary>{t("drafting.openSummary")}</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-title`}>{t("drafting.draftTitle")}</label>
        <input
          id={`${id}-title`}
          value={title}
          required
          maxLength={limits.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <span className="button-row">
          <SubmitButton busy={open.busy}>{t("drafting.openSubmit")}</SubmitButton>
          <ActionStatus action={open.action} />
        </span>
      </form>
    </details>
  );
}
