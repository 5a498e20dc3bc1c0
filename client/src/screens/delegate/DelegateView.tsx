import { may } from "@trilogue/shared";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentItem, useFloor, useLastConcludedItem } from "../../hooks/use-consultation";
import { useSessionStore } from "../../stores/session-store";
import { DecisionsPanel } from "../decisions/DecisionsPanel";
import { TrusteeDuties } from "../decisions/TrusteeDuties";
import { AgendaOverview } from "../room/AgendaOverview";
import { CurrentItemCard } from "../room/CurrentItemCard";
import { PresencePanel } from "../room/PresencePanel";
import { SpeakerCard } from "../room/SpeakerCard";
import { SpeakersList } from "../room/SpeakersList";
import { FloorControls } from "./FloorControls";

// Drafting and the summary come after the live room: chunks of their own, fetched once the room shows.
const DraftingPanel = lazy(() => import("../drafting/DraftingPanel").then((m) => ({ default: m.DraftingPanel })));
const SummaryPanel = lazy(() => import("../summary/SummaryPanel").then((m) => ({ default: m.SummaryPanel })));
// The mission's register and briefings: a chunk of its own, as the summary.
const MissionPanel = lazy(() => import("../missions/MissionPanel").then((m) => ({ default: m.MissionPanel })));

/**
 * What a delegation's members see: the item and its question, who speaks, the list of speakers,
 * and (for a delegate, not an adviser or observer) their own floor controls.
 */
export function DelegateView() {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const item = useCurrentItem();
  // Between items, the item last concluded stays readable: its positions, polls and drafts.
  const concluded = useLastConcludedItem();
  const shownItem = item ?? concluded;
  const { speaker, queue } = useFloor(item?.id ?? null);
  const delegationId = me?.delegationId ?? null;
  return (
    <main className="console console--delegate" id="main" aria-label={t("delegate.view")}>
      <div className="console__column console__column--main">
        <TrusteeDuties />
        <CurrentItemCard />
        {item && delegationId && may(me, "floor:request") ? (
          <FloorControls item={item} delegationId={delegationId} />
        ) : null}
        {item ? <SpeakerCard speaker={speaker} /> : null}
        {item ? (
          <section className="panel" aria-labelledby="delegate-speakers-heading">
            <h2 id="delegate-speakers-heading" className="panel__title">
              {t("floor.listOfSpeakers")}{" "}
              <span className="count">{t("format.parenthetical", { text: queue.length })}</span>
            </h2>
            <SpeakersList queue={queue} ownDelegationId={delegationId} />
          </section>
        ) : null}
        {item ? (
          <DecisionsPanel
            itemId={item.id}
            mode={may(me, "position:publish") ? "delegate" : "read"}
            delegationId={delegationId}
            mayDraft={may(me, "expectation:draft")}
          />
        ) : concluded ? (
          <DecisionsPanel itemId={concluded.id} mode="read" delegationId={delegationId} mayDraft={false} />
        ) : null}
        <Suspense fallback={null}>
          {shownItem ? <DraftingPanel itemId={shownItem.id} /> : null}
          <SummaryPanel />
          <MissionPanel />
        </Suspense>
      </div>
      <div className="console__column console__column--side">
        <AgendaOverview />
        <PresencePanel />
      </div>
    </main>
  );
}
