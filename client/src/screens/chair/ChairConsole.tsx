import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useConsultation, useCurrentItem, useLastConcludedItem } from "../../hooks/use-consultation";
import { AuditPanel } from "../audit/AuditPanel";
import { DecisionsPanel } from "../decisions/DecisionsPanel";
import { TrusteeDuties } from "../decisions/TrusteeDuties";
import { useDisplayWords } from "../display/use-display-words";
import { DraftingPanel } from "../drafting/DraftingPanel";
import { CurrentItemCard } from "../room/CurrentItemCard";
import { PresencePanel } from "../room/PresencePanel";
import { SummaryPanel } from "../summary/SummaryPanel";
import { AgendaPanel } from "./AgendaPanel";
import { ChairDisplayPanel } from "./ChairDisplayPanel";
import { ClosingControls, ConsultationControls } from "./ConsultationControls";
import { CurrentItemControls } from "./CurrentItemControls";
import { SpeakersPanel } from "./SpeakersPanel";
import { SpeakingTimePanel } from "./SpeakingTimePanel";

/** The mission's register and briefings: read beside the room, loaded only when shown. */
const MissionPanel = lazy(() => import("../missions/MissionPanel").then((m) => ({ default: m.MissionPanel })));

/**
 * The chair's console, in the order of use: the item and the floor first (used every minute), then
 * what is open for decision, the room display, and last the conclusion, the summary and closing,
 * whose irreversible steps stand apart from the rest.
 */
export function ChairConsole() {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const open = useCurrentItem();
  const closed = useConsultation()?.status === "closed";
  // After closing, an item left open is read, not run: no floor or conclusion controls are offered.
  const item = closed ? null : open;
  const concluded = useLastConcludedItem();
  // Between items, the item last concluded stays readable: its positions, polls and drafts.
  const recordOf = open ?? concluded;
  return (
    <main className="console console--chair" id="main" aria-label={t("chair.console")}>
      <div className="console__column console__column--main">
        <TrusteeDuties />
        <CurrentItemCard />
        {item ? <SpeakersPanel item={item} /> : null}
        {recordOf ? (
          <>
            <DecisionsPanel itemId={recordOf.id} mode={item ? "chair" : "read"} delegationId={null} mayDraft={!!item} />
            <DraftingPanel itemId={recordOf.id} />
          </>
        ) : null}
        <section className="console__later" aria-label={words.t("chairConsole.meetingTools")}>
          {item ? (
            <section className="panel" aria-label={t("chair.itemControls")}>
              <CurrentItemControls key={item.id} item={item} />
            </section>
          ) : null}
          <SummaryPanel />
          <ClosingControls />
        </section>
        <Suspense fallback={null}>
          <MissionPanel />
        </Suspense>
        <AuditPanel source="chair" />
      </div>
      <div className="console__column console__column--agenda">
        <ConsultationControls />
        <AgendaPanel />
      </div>
      <div className="console__column console__column--side">
        <ChairDisplayPanel />
        <SpeakingTimePanel />
        <PresencePanel />
      </div>
    </main>
  );
}
