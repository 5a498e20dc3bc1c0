import { useTranslation } from "react-i18next";
import { RoomDisplay } from "../screens/display/RoomDisplay";
import { HomeScreen } from "../screens/home/HomeScreen";
import { JoinScreen } from "../screens/join/JoinScreen";
import { OperatorScreen } from "../screens/operator/OperatorScreen";
import { RoomScreen } from "../screens/room/RoomScreen";
import { useRouter } from "./router";

/** The app: a skip link, then the screen for the current path. */
export function App() {
  const { t } = useTranslation();
  const path = useRouter((s) => s.path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToMain")}
      </a>
      <Screen path={path} />
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
