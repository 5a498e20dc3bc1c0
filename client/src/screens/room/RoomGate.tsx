import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLiveConnection } from "../../app/session";
import { Link } from "../../components/Link";
import { SiteHeader } from "../../components/SiteHeader";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";

/** Props of {@link RoomGate}. */
export type RoomGateProps = {
  /** What to show once signed in and caught up. */
  children: ReactNode;
};

/** Shows its children only to a signed-in person whose state has arrived; explains otherwise. */
export function RoomGate({ children }: RoomGateProps) {
  const { t } = useTranslation();
  // The socket's handshake says who this is (`welcome`) or that the session is over (refused).
  useLiveConnection();
  const status = useSessionStore((s) => s.status);
  const endedReason = useSessionStore((s) => s.endedReason);
  const endedBecause = useSessionStore((s) => s.endedBecause);
  const loaded = useConsultationStore((s) => s.state !== null);

  if (status === "signed-out") {
    return (
      <>
        <SiteHeader />
        <main className="page page--narrow" id="main">
          <h1>{t("room.signedOut.title")}</h1>
          {endedBecause ? (
            <p role="status" data-testid="session-ended">
              {t(`room.signedOut.ended.${endedBecause}`)}
            </p>
          ) : null}
          <p>{t("room.signedOut.body")}</p>
          {endedReason ? (
            // The server's own words, in English: kept as a detail under the translated sentence.
            <p className="muted" lang="en" dir="ltr">
              {endedReason}
            </p>
          ) : null}
          <p>
            <Link to="/">{t("room.signedOut.home")}</Link>
          </p>
        </main>
      </>
    );
  }
  if (status === "unknown" || !loaded) {
    return (
      <>
        <SiteHeader />
        <main className="page page--narrow" id="main" aria-busy="true">
          <h1 className="loading">{t("room.loading")}</h1>
        </main>
      </>
    );
  }
  return <>{children}</>;
}
