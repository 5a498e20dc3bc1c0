import { limits, type Paragraph, paragraphStates } from "@trilogue/shared";
import { type FormEvent, lazy, Suspense, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { CommandButton } from "../../components/CommandButton";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";

// The chair's poll form loads only where the chair drafts.
const PutToVote = lazy(() => import("../decisions/PutToVote").then((m) => ({ default: m.PutToVote })));

/**
 * The chair moves the paragraph between states (each move names the version on screen, so a move
 * made on a stale view is refused) and puts text agreed ad referendum to a silence procedure.
 */
export function StateControls({
  paragraph,
  label,
}: {
  /** The paragraph to move. */ paragraph: Paragraph;
  /** Its UN number ("OP3"), naming it in a poll's question. */ label?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState(60);
  return (
    <div className="paragraph__controls button-row">
      {paragraphStates
        .filter((state) => state !== paragraph.state)
        .map((state) => (
          <CommandButton
            key={state}
            command="draft:set-state"
            payload={{ paragraphId: paragraph.id, baseVersion: paragraph.version, state }}
          >
            {t(`drafting.move.${state}`)}
          </CommandButton>
        ))}
      {paragraph.state === "agreed_ad_referendum" ? (
        <span className="silence-control">
          <label htmlFor={`${id}-minutes`}>{t("drafting.silenceMinutes")}</label>{" "}
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={Math.floor(limits.maxConsensusSeconds / 60)}
            value={minutes}
            onChange={(e) => setMinutes(Math.max(1, Number(e.target.value) || 1))}
          />{" "}
          <CommandButton
            command="consensus:call"
            variant="primary"
            payload={{ subject: { kind: "paragraph", paragraphId: paragraph.id }, durationSeconds: minutes * 60 }}
          >
            {t("drafting.silenceStart")}
          </CommandButton>
        </span>
      ) : null}
      <Suspense fallback={null}>
        <PutToVote
          subject={{ kind: "paragraph", paragraphId: paragraph.id }}
          draftId={paragraph.draftId}
          name={label ?? ""}
        />
      </Suspense>
    </div>
  );
}

/**
 * The chair or secretary edits the text. The edit starts from the version shown when the editor
 * opened; if someone changes the paragraph meanwhile, the server refuses the edit (CONFLICT) and
 * the editor offers to start again from the new text, so no one's change is lost.
 */
export function EditParagraphForm({ paragraph }: { /** The paragraph to edit. */ paragraph: Paragraph }) {
  const { t } = useTranslation();
  const id = useId();
  const [base, setBase] = useState<{ version: number; text: string } | null>(null);
  const [note, setNote] = useState("");
  const edit = useAction("draft:edit-paragraph");
  const start = () => setBase({ version: paragraph.version, text: paragraph.text });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!base) return;
    if (await edit.run({ paragraphId: paragraph.id, baseVersion: base.version, text: base.text, note })) {
      setBase(null);
      setNote("");
    }
  };
  const stale = base !== null && base.version !== paragraph.version;
  return (
    <details className="disclosure" onToggle={(e) => (e.currentTarget.open && !base ? start() : undefined)}>
      <summary>{t("drafting.editSummary")}</summary>
      {base ? (
        <form className="form" onSubmit={submit}>
          <label htmlFor={`${id}-text`}>{t("drafting.text")}</label>
          <textarea
            id={`${id}-text`}
            rows={4}
            required
            dir="auto"
            maxLength={limits.paragraphText}
            value={base.text}
            onChange={(e) => setBase({ ...base, text: e.target.value })}
          />
          <label htmlFor={`${id}-note`}>{t("drafting.note")}</label>
          <input id={`${id}-note`} value={note} maxLength={limits.reason} onChange={(e) => setNote(e.target.value)} />
          {stale ? <p className="hint hint--warning">{t("drafting.stale")}</p> : null}
          <span className="button-row">
            <SubmitButton busy={edit.busy}>{t("drafting.editSubmit")}</SubmitButton>
            {stale ? (
              <button type="button" className="button button--secondary" onClick={start}>
                {t("drafting.version", { version: paragraph.version })}
              </button>
            ) : null}
            <ActionStatus action={edit.action} overrides={{ CONFLICT: t("drafting.stale") }} />
          </span>
        </form>
      ) : null}
    </details>
  );
}
