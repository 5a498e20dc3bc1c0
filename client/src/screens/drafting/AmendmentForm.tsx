import { applyChange, limits, type Paragraph, redline } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { DelegationPicker } from "./DelegationPicker";
import { Redline } from "./Redline";

type Kind = "replace" | "insert" | "delete" | "alternative";
const kinds: Kind[] = ["replace", "insert", "delete", "alternative"];

/** Props of {@link AmendmentForm}. */
export type AmendmentFormProps = {
  paragraph: Paragraph;
  /** The sponsor. */
  delegationId: string | null;
};

/**
 * A delegation proposes an amendment: replace, insert or delete a passage quoted as it stands, or
 * an alternative wording; with co-sponsors and on behalf of a group if it likes. A redline shows
 * what the amendment would do before it is sent.
 */
export function AmendmentForm({ paragraph, delegationId }: AmendmentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<Kind>("replace");
  const [passage, setPassage] = useState("");
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
      : applyChange(paragraph.text, { kind, passage, text: kind === "delete" ? "" : words });

  const change = () => {
    const base = { paragraphId: paragraph.id, baseVersion: paragraph.version };
    if (kind === "replace") return { kind, ...base, passage, text: words };
    if (kind === "insert") return { kind, ...base, after: passage, text: words };
    if (kind === "delete") return { kind, ...base, passage };
    return { kind, ...base, text: words };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await propose.run({ draftId: paragraph.draftId, change: change(), rationale, onBehalfOf, coSponsors })) {
      setPassage("");
      setWords("");
      setRationale("");
    }
  };
  return (
    <details className="disclosure">
      <summary>{t("drafting.proposeSummary")}</summary>
      <form className="form" onSubmit={submit} data-testid="amendment-form">
        <label htmlFor={`${id}-kind`}>{t("drafting.amendmentKind")}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`drafting.proposalKind.${value}`)}
            </option>
          ))}
        </select>
        {needsPassage ? (
          <>
            <label htmlFor={`${id}-passage`}>
              {kind === "insert" ? t("drafting.insertAfter") : t("drafting.passage")}
            </label>
            <input
              id={`${id}-passage`}
              dir="auto"
              value={passage}
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
