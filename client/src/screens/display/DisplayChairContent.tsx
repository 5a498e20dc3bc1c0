import { useConsultation } from "../../hooks/use-consultation";
import { useAllCalls } from "../../hooks/use-decisions";
import { useConsultationStore } from "../../stores/consultation-store";
import { DisplayCall } from "./DisplayConsensus";
import { useDisplayWords } from "./use-display-words";

/** What the chair has put on the display: a message, the text under a consensus call, or an agreed paragraph. */
export function DisplayChairContent() {
  const words = useDisplayWords();
  const shown = useConsultation()?.onDisplay;
  const calls = useAllCalls();
  const paragraph = useConsultationStore((s) =>
    shown?.kind === "paragraph" ? (s.state?.paragraphs?.[shown.paragraphId] ?? null) : null,
  );
  if (!shown) return null;
  if (shown.kind === "consensus") {
    const call = calls.find((candidate) => candidate.id === shown.callId);
    // An open call is already shown with the room's business; a closed one is shown here with its outcome.
    return call && call.status !== "open" ? <DisplayCall call={call} /> : null;
  }
  const text = shown.kind === "message" ? shown.text : paragraph?.text;
  if (!text) return null;
  return (
    <section className="display__chair" aria-labelledby="display-chair-heading" data-testid="display-chair-content">
      <h2 id="display-chair-heading" className="display__label">
        {words.t(shown.kind === "message" ? "roomDisplay.fromChair" : "roomDisplay.agreedText")}
      </h2>
      <p className="display__chair-text" dir="auto">
        {text}
      </p>
    </section>
  );
}
