import { may, whoMayRead } from "@trilogue/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useConsultation } from "../../hooks/use-consultation";
import { useSessionStore } from "../../stores/session-store";
import { NarrativeEditor } from "./NarrativeEditor";
import { NarrativeView } from "./NarrativeView";
import { SummaryDownloads } from "./SummaryDownloads";
import { SummaryIntegrity } from "./SummaryIntegrity";
import { useSummary } from "./use-summary";
import "./summary.css";

/**
 * The chair's summary (issue 6), as each role meets it: the secretary edits the draft narrative,
 * the chair reads it and finalises it, and once final everyone sees its digest, the last event it
 * covers and that event's hash, and downloads it. Before then the chair and the secretary may
 * download the draft; delegations are told it is on its way.
 */
export function SummaryPanel() {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const consultation = useConsultation();
  const consultationId = me?.consultationId ?? null;
  const { state, error, reload } = useSummary(consultationId);
  // Bumped when the person asks to reload: the editor restarts from the server's text.
  const [generation, setGeneration] = useState(0);
  if (!me || !consultationId) return null;
  const final = state?.status === "final";
  const readsDraft = whoMayRead.summaryDraft(me);
  const reloadEditor = async () => {
    await reload();
    setGeneration((g) => g + 1);
  };
  return (
    <section className="panel summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading" className="panel__title">
        {t("summary.title")}
      </h2>
      {!state ? (
        <p className="muted" role={error ? "alert" : undefined}>
          {error ? t("summary.loadError") : t("summary.loading")}
        </p>
      ) : (
        <>
          <p className="summary__status" data-testid="summary-status">
            {final ? t("summary.status.final") : t("summary.status.draft", { revision: state.revision })}
          </p>
          {!final && may(me, "summary:edit-draft") && state.narrative ? (
            <NarrativeEditor
              key={generation}
              revision={state.revision}
              narrative={state.narrative}
              onReload={() => void reloadEditor()}
              focusOnMount={generation > 0}
            />
          ) : null}
          {(final || may(me, "summary:finalise")) && state.narrative ? (
            <section aria-labelledby="summary-narrative-heading">
              <h3 id="summary-narrative-heading">{t("summary.editorHeading")}</h3>
              <NarrativeView narrative={state.narrative} headingLevel={4} />
            </section>
          ) : null}
          {/* Nothing to finalise mid-meeting before the secretary has written a word. */}
          {!final && may(me, "summary:finalise") && (state.revision > 0 || consultation?.status === "closed") ? (
            <div className="summary__finalise">
              <p className="hint">{t("summary.finaliseHint")}</p>
              <CommandButton
                command="summary:finalise"
                payload={{ revision: state.revision }}
                variant="danger"
                confirm={t("summary.finaliseConfirm", { revision: state.revision })}
                onConfirmed={() => void reload()}
              >
                {t("summary.finalise", { revision: state.revision })}
              </CommandButton>
            </div>
          ) : null}
          {!final && !readsDraft ? <p className="muted">{t("summary.notYetFinal")}</p> : null}
          {final ? <SummaryIntegrity consultationId={consultationId} state={state} /> : null}
          {final || readsDraft ? (
            <SummaryDownloads
              consultationId={consultationId}
              onRecord={consultation?.confidentiality === "on_record"}
              final={final}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
