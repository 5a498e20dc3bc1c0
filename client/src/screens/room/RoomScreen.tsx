import { LiveAnnouncer } from "../../a11y/LiveAnnouncer";
import { useSessionStore } from "../../stores/session-store";
import { ChairConsole } from "../chair/ChairConsole";
import { ConvergenceView } from "../decisions/ConvergenceView";
import { DelegateView } from "../delegate/DelegateView";
import { RoomGate } from "./RoomGate";
import { RoomHeader } from "./RoomHeader";

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
      {view === "convergence" ? <ConvergenceView /> : <RoleView />}
      <LiveAnnouncer />
    </RoomGate>
  );
}

function RoleView() {
  const role = useSessionStore((s) => s.me?.role);
  // Secretary, advisers and observers read the delegate view without the floor controls.
  return role === "chair" ? <ChairConsole /> : <DelegateView />;
}
