import { useTranslation } from "react-i18next";
import { logout } from "../../api/session-api";
import { useRouter } from "../../app/router";
import { ConsultationStatusBadge } from "../../components/Badges";
import { ConnectionIndicator } from "../../components/ConnectionIndicator";
import { LanguagePicker } from "../../components/LanguagePicker";
import { Link } from "../../components/Link";
import { useConsultation, useDelegationName } from "../../hooks/use-consultation";
import { useFormat } from "../../hooks/use-format";
import { connection } from "../../realtime/connection";
import { useSessionStore } from "../../stores/session-store";

/** The room's banner: which meeting, its status, the live link, and who is signed in. */
export function RoomHeader() {
  const { t } = useTranslation();
  const format = useFormat();
  const consultation = useConsultation();
  const me = useSessionStore((s) => s.me);
  const delegationName = useDelegationName(me?.delegationId ?? null);
  const navigate = useRouter((s) => s.navigate);
  const path = useRouter((s) => s.path);

  const signOut = async () => {
    await logout();
    connection.stop();
    useSessionStore.getState().signedOut();
    navigate("/");
  };

  return (
    <header className="room-header">
      <div className="room-header__meeting">
        <p className="room-header__brand">{t("app.name")}</p>
        <h1 className="room-header__title" dir="auto">
          {consultation?.title}
        </h1>
        {consultation ? (
          <p className="room-header__meta">
            <ConsultationStatusBadge status={consultation.status} />
            <span>{format.date(consultation.date)}</span>
            <span>{t(`confidentiality.${consultation.confidentiality}`)}</span>
          </p>
        ) : null}
      </div>
      <div className="room-header__person">
        <div className="room-header__tools">
          <ConnectionIndicator />
          <LanguagePicker />
        </div>
        {me ? (
          <p className="room-header__me">
            <bdi className="room-header__name">{me.displayName}</bdi>
            <span className="muted">
              {t(`role.${me.role}`)}
              {delegationName ? (
                <>
                  {t("format.separator")}
                  <bdi>{delegationName}</bdi>
                </>
              ) : null}
            </span>
          </p>
        ) : null}
        <nav className="room-header__nav" aria-label={t("room.nav")}>
          <Link to="/room" current={path === "/room"}>
            {t("room.roomView")}
          </Link>
          <Link to="/convergence" current={path === "/convergence"}>
            {t("room.convergence")}
          </Link>
          <Link to="/display" newWindow>
            {t("room.openDisplay")}
          </Link>
          <button type="button" className="button button--link" onClick={signOut}>
            {t("room.signOut")}
          </button>
        </nav>
      </div>
    </header>
  );
}
