import { useId } from "react";
import { operatorApi } from "../../api/operator-api";
import { useOperatorStore } from "../../stores/operator-store";
import { DisplayLinkIssuer } from "../display/DisplayLinkIssuer";
import { useDisplayWords } from "../display/use-display-words";

/** The operator issues the room display's link (and its QR code) for the consultation on screen. */
export function OperatorDisplayPanel({ consultationId }: { /** The consultation selected. */ consultationId: string }) {
  const words = useDisplayWords();
  const id = useId();
  const token = useOperatorStore((s) => s.token);
  const issue = () => operatorApi(token).displayLink(consultationId);
  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`} data-testid="operator-display">
      <h2 id={`${id}-heading`} className="panel__title">
        {words.t("chairDisplay.title")}
      </h2>
      {/* A new consultation's link is a new component: nothing of the last one's link stays on screen. */}
      <DisplayLinkIssuer key={consultationId} issue={issue} />
    </section>
  );
}
