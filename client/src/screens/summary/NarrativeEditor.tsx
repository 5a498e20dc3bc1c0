import { limits, type SummaryNarrative } from "@trilogue/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useAgenda } from "../../hooks/use-consultation";
import { FollowUpFields } from "./FollowUpFields";
import { formOf, type NarrativeForm, narrativeOf, sameNarrative } from "./narrative-form";

/** Props of {@link NarrativeEditor}. */
export type NarrativeEditorProps = {
  /** The revision the server last gave, and its narrative. */
  revision: number;
  narrative: SummaryNarrative;
  /** Reads the draft again and restarts the editor from it (the parent remounts it). */
  onReload(): void;
  /** Moves focus to the editor's heading when it appears (after a reload the person asked for). */
  focusOnMount: boolean;
};

/**
 * The secretary's editor of the draft narrative: overview, a summary per agenda item, follow-up
 * actions. Each save names the revision it started from; if someone saved first the server refuses
 * it (CONFLICT) and the editor says so plainly, offering to reload. A newer revision saved
 * elsewhere is taken in at once when nothing here is unsaved, and announced otherwise.
 */
export function NarrativeEditor({ revision, narrative, onReload, focusOnMount }: NarrativeEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const agenda = useAgenda();
  const itemIds = agenda.map((item) => item.id);
  const [base, setBase] = useState({ revision, narrative });
  const [form, setForm] = useState<NarrativeForm>(() => formOf(narrative));
  const { run, action, busy } = useAction("summary:edit-draft");
  const dirty = !sameNarrative(narrativeOf(form, itemIds), narrativeOf(formOf(base.narrative), itemIds));
  const conflict = action?.status === "error" && action.errorCode === "CONFLICT";
  const newer = revision > base.revision;

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    // Someone else's revision, and nothing unsaved here: take it in.
    if (revision > base.revision && !dirty) {
      setBase({ revision, narrative });
      setForm(formOf(narrative));
    }
  }, [revision, narrative, base.revision, dirty]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = narrativeOf(form, itemIds);
    if (await run({ narrative: next, baseRevision: base.revision })) {
      setBase({ revision: base.revision + 1, narrative: next });
    }
  };

  return (
    <form className="form summary__editor" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t("summary.editorHeading")}
      </h3>
      <p className="hint">{t("summary.editorHint", { revision: base.revision })}</p>
      {conflict || (newer && dirty) ? (
        <div className="summary__alert" role="alert">
          <p>{conflict ? t("summary.conflict") : t("summary.changedElsewhere")}</p>
          <button type="button" className="button button--primary" onClick={onReload}>
            {t("summary.reload")}
          </button>
        </div>
      ) : null}
      <label htmlFor={`${id}-overview`}>{t("summary.overview")}</label>
      <textarea
        id={`${id}-overview`}
        dir="auto"
        rows={5}
        maxLength={limits.summaryOverview}
        value={form.overview}
        onChange={(e) => setForm({ ...form, overview: e.target.value })}
      />
      {agenda.map((item, index) => (
        <span key={item.id} className="summary__field">
          <label htmlFor={`${id}-item-${item.id}`}>
            {t("summary.itemSummary", { number: index + 1, title: item.title })}
          </label>
          <textarea
            id={`${id}-item-${item.id}`}
            dir="auto"
            rows={3}
            maxLength={limits.summaryItemNarrative}
            value={form.items[item.id] ?? ""}
            onChange={(e) => setForm({ ...form, items: { ...form.items, [item.id]: e.target.value } })}
          />
        </span>
      ))}
      <FollowUpFields rows={form.followUp} onChange={(followUp) => setForm({ ...form, followUp })} />
      <span className="button-row">
        <SubmitButton variant="primary" busy={busy} disabled={!dirty}>
          {t("summary.save")}
        </SubmitButton>
        {dirty ? <span className="muted">{t("summary.unsaved")}</span> : null}
        <ActionStatus action={action} overrides={{ CONFLICT: t("summary.conflictShort") }} />
      </span>
    </form>
  );
}
