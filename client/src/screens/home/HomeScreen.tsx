import { useTranslation } from "react-i18next";
import { useSessionBootstrap } from "../../app/session";
import { Link } from "../../components/Link";
import { SiteHeader } from "../../components/SiteHeader";
import { useSessionStore } from "../../stores/session-store";

/** `/`: where to go from here: the room when signed in, otherwise how to get in. */
export function HomeScreen() {
  const { t } = useTranslation();
  useSessionBootstrap();
  const status = useSessionStore((s) => s.status);
  return (
    <>
      <SiteHeader />
      <main className="page page--narrow home" id="main">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        {status === "signed-in" ? (
          <p>
            <Link to="/room" className="button button--primary">
              {t("home.enterRoom")}
            </Link>
          </p>
        ) : (
          <p>{t("home.useInvitation")}</p>
        )}
        <p className="muted">
          <Link to="/operator">{t("home.operator")}</Link>
        </p>
      </main>
    </>
  );
}
