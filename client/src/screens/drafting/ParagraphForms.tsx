import { isOneOf, limits, type Paragraph, type ParagraphKind, paragraphKinds } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { DelegationPicker } from "./DelegationPicker";

/** What both paragraph forms need to know about the draft. */
type DraftContext = {
  draftId: string;
  /** The draft's paragraphs in order, to place the new one after. */
  paragraphs: Paragraph[];
  /** A paragraph's UN label ("OP2"). */
  labelOf: (id: string) => string;
};

type Fields = { kind: ParagraphKind; text: string; afterParagraphId: string | null };
const blank = (): Fields => ({ kind: "operative", text: "", afterParagraphId: null });
/** The select's value for "at the end" (no paragraph to follow). */
const atEnd = "";

/** Kind, text and place of a new paragraph. */
function ParagraphFields({
  value,
  onChange,
  paragraphs,
  labelOf,
}: { value: Fields; onChange: (f: Fields) => void } & Omit<DraftContext, "draftId">) {
  const { t } = useTranslation();
  const id = useId();
  const sameKind = paragraphs.filter((p) => p.kind === value.kind);
  return (
    <>
      <label htmlFor={`${id}-kind`}>{t("drafting.kindLabel")}</label>
      <select
        id={`${id}-kind`}
        value={value.kind}
        onChange={(e) =>
          isOneOf(paragraphKinds, e.target.value) &&
          onChange({ ...value, kind: e.target.value, afterParagraphId: null })
        }
      >
        {paragraphKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`drafting.kind.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>{t("drafting.text")}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        required
        dir="auto"
        maxLength={limits.paragraphText}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <label htmlFor={`${id}-after`}>{t("drafting.after")}</label>
      <select
        id={`${id}-after`}
        value={value.afterParagraphId === null ? atEnd : value.afterParagraphId}
        onChange={(e) => onChange({ ...value, afterParagraphId: e.target.value || null })}
      >
        <option value={atEnd}>{t("drafting.atEnd")}</option>
        {sameKind.map((p) => (
          <option key={p.id} value={p.id}>
            {labelOf(p.id)}
          </option>
        ))}
      </select>
    </>
  );
}

/** The chair or secretary adds a (bracketed) paragraph. */
export function AddParagraphForm({ draftId, paragraphs, labelOf }: DraftContext) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(blank);
  const add = useAction("draft:add-paragraph");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.run({ draftId, ...fields })) setFields(blank());
  };
  return (
    <details className="disclosure">
      <summary>{t("drafting.addSummary")}</summary>
      <form className="form" onSubmit={submit}>
        <ParagraphFields value={fields} onChange={setFields} paragraphs={paragraphs} labelOf={labelOf} />
        <span className="button-row">
          <SubmitButton busy={add.busy}>{t("drafting.addSubmit")}</SubmitButton>
          <ActionStatus action={add.action} />
        </span>
      </form>
    </details>
  );
}

/** A delegation proposes a new paragraph, with co-sponsors and on behalf of a group if it likes. */
export function ProposeParagraphForm({
  draftId,
  paragraphs,
  labelOf,
  delegationId,
}: DraftContext & { /** The sponsor. */ delegationId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(blank);
  const [onBehalfOf, setOnBehalfOf] = useState("");
  const [coSponsors, setCoSponsors] = useState<string[]>([]);
  const propose = useAction("draft:propose");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = {
      kind: "new_paragraph" as const,
      paragraphKind: fields.kind,
      text: fields.text,
      afterParagraphId: fields.afterParagraphId,
    };
    if (await propose.run({ draftId, change, onBehalfOf, coSponsors })) setFields(blank());
  };
  return (
    <details className="disclosure">
      <summary>{t("drafting.proposeNewSummary")}</summary>
      <form className="form" onSubmit={submit}>
        <ParagraphFields value={fields} onChange={setFields} paragraphs={paragraphs} labelOf={labelOf} />
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
          <SubmitButton busy={propose.busy}>{t("drafting.proposeSubmit")}</SubmitButton>
          <ActionStatus action={propose.action} />
        </span>
      </form>
    </details>
  );
}
