import { is, may } from "@trilogue/shared";
import { lazy, Suspense } from "react";
import { LiveAnnouncer } from "../../a11y/LiveAnnouncer";
import { ScreenLoading } from "../../app/ScreenLoading";
import { useSessionStore } from "../../stores/session-store";
import { DelegateView } from "../delegate/DelegateView";
import { RoomGate } from "./RoomGate";
import { RoomHeader } from "./RoomHeader";

// Chunks of their own: a delegate's download holds neither the chair's console nor the convergence view.
const ChairConsole = lazy(() => import("../chair/ChairConsole").then((m) => ({ default: m.ChairConsole })));
const ConvergenceView = lazy(() =>
  import("../decisions/ConvergenceView").then((m) => ({ default: m.ConvergenceView })),
);
// The attention tray comes a moment after the room: the first load stays within the delegate's budget.
const AttentionTray = lazy(() => import("../attention/AttentionTray").then((m) => ({ default: m.AttentionTray })));

/** Props of {@link RoomScreen}. */
export type RoomScreenProps = {
  /** `room` (default): the view by role; `convergence`: where the constituencies stand. */
  view?: "room" | "convergence";
};

/** `/room` and `/convergence`: the participant's view by role, or the convergence view. */
export function RoomScreen({ view = "room" }: RoomScreenProps) {
  return (
    <RoomGate>
      <RoomHeader />
      <DelegationAttention />
      <Suspense fallback={<ScreenLoading />}>{view === "convergence" ? <ConvergenceView /> : <RoleView />}</Suspense>
      <LiveAnnouncer />
    </RoomGate>
  );
}

function RoleView() {
  const me = useSessionStore((s) => s.me);
  // Secretary, advisers and observers read the delegate view without the floor controls.
  return me && is.chair(me) ? <ChairConsole /> : <DelegateView />;
}

/** A delegate's notices of what the room asks of the delegation; nothing for other roles. */
function DelegationAttention() {
  const me = useSessionStore((s) => s.me);
  return may(me, "floor:request") ? (
    <Suspense fallback={null}>
      <AttentionTray delegationId={me.delegationId} />
    </Suspense>
  ) : null;
}
