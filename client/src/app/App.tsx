import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { type RoutePath, useRouter } from "./router";
import { ScreenLoading } from "./ScreenLoading";

// One chunk per screen: a delegate downloads the join and room screens, not the operator's
// (with its table of every country), the room display's or the home page's.
const HomeScreen = lazy(() => import("../screens/home/HomeScreen").then((m) => ({ default: m.HomeScreen })));
const JoinScreen = lazy(() => import("../screens/join/JoinScreen").then((m) => ({ default: m.JoinScreen })));
const loadRoomScreen = () => import("../screens/room/RoomScreen").then((m) => ({ default: m.RoomScreen }));
const RoomScreen = lazy(loadRoomScreen);
const RoomDisplay = lazy(() => import("../screens/display/RoomDisplay").then((m) => ({ default: m.RoomDisplay })));
const OperatorScreen = lazy(() =>
  import("../screens/operator/OperatorScreen").then((m) => ({ default: m.OperatorScreen })),
);

/**
 * Starts fetching the room's screen before the first render asks for it: on a visit to the room
 * its chunk then loads beside the strings and the first render, not after them, and the room can
 * show as soon as its state arrives. A failure is left to the render's own request of it.
 */
export function preloadScreen(path: RoutePath): void {
  if (path === "/room" || path === "/convergence") loadRoomScreen().catch(() => undefined);
}

/** The app: a skip link, then the screen for the current path. */
export function App() {
  const { t } = useTranslation();
  const path = useRouter((s) => s.path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToMain")}
      </a>
      <Suspense fallback={<ScreenLoading />}>
        <Screen path={path} />
      </Suspense>
    </>
  );
}

function Screen({ path }: { path: ReturnType<typeof useRouter.getState>["path"] }) {
  switch (path) {
    case "/join":
      return <JoinScreen />;
    case "/room":
      return <RoomScreen />;
    case "/convergence":
      return <RoomScreen view="convergence" />;
    case "/display":
      return <RoomDisplay />;
    case "/operator":
      return <OperatorScreen />;
    default:
      return <HomeScreen />;
  }
}
