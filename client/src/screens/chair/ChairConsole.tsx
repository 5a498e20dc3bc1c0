import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentItem } from "../../hooks/use-consultation";
import { AuditPanel } from "../audit/AuditPanel";
import { DecisionsPanel } from "../decisions/DecisionsPanel";
import { TrusteeDuties } from "../decisions/TrusteeDuties";
import { DraftingPanel } from "../drafting/DraftingPanel";
import { CurrentItemCard } from "../room/CurrentItemCard";
import { PresencePanel } from "../room/PresencePanel";
import { SummaryPanel } from "../summary/SummaryPanel";
import { AgendaPanel } from "./AgendaPanel";
import { ConsultationControls } from "./ConsultationControls";
import { CurrentItemControls } from "./CurrentItemControls";
import { SpeakersPanel } from "./SpeakersPanel";

/** The mission's register and briefings: read beside the room, loaded only when shown. */
const MissionPanel = lazy(() => import("../missions/MissionPanel").then((m) => ({ default: m.MissionPanel })));

/** The chair's console: the meeting, the agenda, the item under discussion, the floor, attendance, the summary. */
export function ChairConsole() {
  const { t } = useTranslation();
  const item = useCurrentItem();
  return (
    <main className="console console--chair" id="main" aria-label={t("chair.console")}>
      <div className="console__column console__column--agenda">
        <ConsultationControls />
        <AgendaPanel />
      </div>
      <div className="console__column console__column--main">
        <TrusteeDuties />
        <CurrentItemCard />
        {item ? (
          <>
            <section className="panel" aria-label={t("chair.itemControls")}>
              <CurrentItemControls key={item.id} item={item} />
            </section>
            <SpeakersPanel item={item} />
            <DecisionsPanel itemId={item.id} mode="chair" delegationId={null} mayDraft />
            <DraftingPanel itemId={item.id} />
          </>
        ) : null}
        <SummaryPanel />
        <Suspense fallback={null}>
          <MissionPanel />
        </Suspense>
        <AuditPanel source="chair" />
      </div>
      <div className="console__column console__column--side">
        <PresencePanel />
      </div>
    </main>
  );
}
