import { applyChange, isOneOf, limits, type Paragraph, redline } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { DelegationPicker } from "./DelegationPicker";
import { Redline } from "./Redline";

type Kind = "replace" | "insert" | "delete" | "alternative";
const kinds: Kind[] = ["replace", "insert", "delete", "alternative"];

/** A passage the delegate selected in the paragraph's text, and where it starts. */
export type TextSelection = { passage: string; at: number };

/** Props of {@link AmendmentForm}. */
export type AmendmentFormProps = {
  paragraph: Paragraph;
  /** The sponsor. */
  delegationId: string | null;
  /** A passage selected in the text (and the version it was selected in): the form opens on it. */
  selection?: (TextSelection & { version: number }) | null;
  /** Back to typing the passage. */
  onClearSelection?: () => void;
};

/**
 * A delegation proposes an amendment: replace, insert or delete a passage, selected in the text
 * (its place goes to the server, which checks it still holds the passage) or quoted as it stands,
 * or an alternative wording; with co-sponsors and on behalf of a group if it likes. A redline shows
 * what the amendment would do before it is sent.
 */
export function AmendmentForm({ paragraph, delegationId, selection, onClearSelection }: AmendmentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<Kind>("replace");
  const [typed, setPassage] = useState("");
  const passage = selection ? selection.passage : typed;
  const at = selection && kind !== "alternative" ? selection.at : undefined;
  const [words, setWords] = useState("");
  const [rationale, setRationale] = useState("");
  const [onBehalfOf, setOnBehalfOf] = useState("");
  const [coSponsors, setCoSponsors] = useState<string[]>([]);
  const propose = useAction("draft:propose");
  const needsPassage = kind !== "alternative";
  const needsWords = kind !== "delete";
  const preview =
    (needsPassage && kind !== "insert" && passage === "") || (needsWords && words === "")
      ? null
      : applyChange(paragraph.text, { kind, passage, text: kind === "delete" ? "" : words, at });

  const change = () => {
    const base = { paragraphId: paragraph.id, baseVersion: selection?.version ?? paragraph.version };
    const place = at === undefined ? {} : { at };
    if (kind === "replace") return { kind, ...base, passage, ...place, text: words };
    if (kind === "insert") return { kind, ...base, after: passage, ...place, text: words };
    if (kind === "delete") return { kind, ...base, passage, ...place };
    return { kind, ...base, text: words };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await propose.run({ draftId: paragraph.draftId, change: change(), rationale, onBehalfOf, coSponsors })) {
      setPassage("");
      setWords("");
      setRationale("");
      onClearSelection?.();
    }
  };
  return (
    <details className="disclosure" open={selection ? true : undefined}>
      <summary>{t("drafting.proposeSummary")}</summary>
      <form className="form" onSubmit={submit} data-testid="amendment-form">
        <label htmlFor={`${id}-kind`}>{t("drafting.amendmentKind")}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => isOneOf(kinds, e.target.value) && setKind(e.target.value)}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`drafting.proposalKind.${value}`)}
            </option>
          ))}
        </select>
        {needsPassage && selection ? (
          <>
            <p className="hint">{t("draftingOutline.selected")}</p>
            <blockquote dir="auto" data-testid="selected-passage">
              {selection.passage}
            </blockquote>
            <button type="button" className="button button--secondary" onClick={onClearSelection}>
              {t("draftingOutline.clearSelection")}
            </button>
          </>
        ) : needsPassage ? (
          <>
            <label htmlFor={`${id}-passage`}>
              {kind === "insert" ? t("drafting.insertAfter") : t("drafting.passage")}
            </label>
            <input
              id={`${id}-passage`}
              dir="auto"
              value={typed}
              required={kind !== "insert"}
              maxLength={limits.passage}
              onChange={(e) => setPassage(e.target.value)}
            />
          </>
        ) : null}
        {needsWords ? (
          <>
            <label htmlFor={`${id}-words`}>{t("drafting.newWords")}</label>
            <textarea
              id={`${id}-words`}
              rows={2}
              dir="auto"
              required
              maxLength={limits.paragraphText}
              value={words}
              onChange={(e) => setWords(e.target.value)}
            />
          </>
        ) : null}
        {preview ? (
          preview.ok ? (
            <div className="preview">
              <p className="hint">{t("drafting.preview")}</p>
              <Redline segments={redline(paragraph.text, preview.text)} label={t("drafting.preview")} />
            </div>
          ) : (
            <p className="hint hint--warning">{t("drafting.previewMissing")}</p>
          )
        ) : null}
        <label htmlFor={`${id}-why`}>{t("drafting.rationale")}</label>
        <input
          id={`${id}-why`}
          value={rationale}
          maxLength={limits.reason}
          onChange={(e) => setRationale(e.target.value)}
        />
        <label htmlFor={`${id}-group`}>{t("drafting.onBehalfOf")}</label>
        <input
          id={`${id}-group`}
          value={onBehalfOf}
          maxLength={limits.name}
          onChange={(e) => setOnBehalfOf(e.target.value)}
        />
        <DelegationPicker
          label={t("drafting.coSponsors")}
          value={coSponsors}
          onChange={setCoSponsors}
          exclude={delegationId}
        />
        <span className="button-row">
          <SubmitButton busy={propose.busy} disabled={preview !== null && !preview.ok}>
            {t("drafting.proposeSubmit")}
          </SubmitButton>
          <ActionStatus action={propose.action} />
        </span>
      </form>
    </details>
  );
}
