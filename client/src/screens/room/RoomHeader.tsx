import { useTranslation } from "react-i18next";
import { logout } from "../../api/session-api";
import { useRouter } from "../../app/router";
import { ConsultationStatusBadge } from "../../components/Badges";
import { ConnectionIndicator } from "../../components/ConnectionIndicator";
import { Link } from "../../components/Link";
import { useConsultation, useDelegationName } from "../../hooks/use-consultation";
import { connection } from "../../realtime/connection";
import { useSessionStore } from "../../stores/session-store";

/** The room's banner: which meeting, its status, the live link, and who is signed in. */
export function RoomHeader() {
  const { t, i18n } = useTranslation();
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
        <h1 className="room-header__title">{consultation?.title}</h1>
        {consultation ? (
          <p className="room-header__meta">
            <ConsultationStatusBadge status={consultation.status} />
            <span>{formatDate(consultation.date, i18n.language)}</span>
            <span>{t(`confidentiality.${consultation.confidentiality}`)}</span>
          </p>
        ) : null}
      </div>
      <div className="room-header__person">
        <ConnectionIndicator />
        {me ? (
          <p className="room-header__me">
            <span className="room-header__name">{me.displayName}</span>
            <span className="muted">
              {t(`role.${me.role}`)}
              {delegationName ? ` · ${delegationName}` : ""}
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

/** The meeting's date in the reader's language. */
function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
