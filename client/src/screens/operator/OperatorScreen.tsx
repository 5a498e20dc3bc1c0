import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguagePicker } from "../../components/LanguagePicker";
import { Link } from "../../components/Link";
import { useOperatorStore } from "../../stores/operator-store";
import { AuditPanel } from "../audit/AuditPanel";
import { ConsultationsPanel } from "./ConsultationsPanel";
import { DelegationsPanel } from "./DelegationsPanel";
import { InvitationsPanel } from "./InvitationsPanel";
import { OperatorSignIn } from "./OperatorSignIn";

/** `/operator`: the conference officer prepares a consultation and sends the links. */
export function OperatorScreen() {
  const { t } = useTranslation();
  const token = useOperatorStore((s) => s.token);
  const detail = useOperatorStore((s) => s.detail);
  const signOut = useOperatorStore((s) => s.signOut);

  // A token kept from earlier in this tab: load the list once.
  useEffect(() => {
    const { token: kept, consultations, signIn } = useOperatorStore.getState();
    if (kept && consultations.length === 0) void signIn(kept);
  }, []);

  return (
    <div className="operator">
      <header className="room-header no-print">
        <div className="room-header__meeting">
          <p className="room-header__brand">
            <Link to="/">{t("app.name")}</Link>
          </p>
          <h1 className="room-header__title">{t("operator.title")}</h1>
        </div>
        <div className="room-header__tools">
          <LanguagePicker />
          {token ? (
            <button type="button" className="button button--link" onClick={signOut}>
              {t("operator.signOut")}
            </button>
          ) : null}
        </div>
      </header>
      {token ? (
        <main className="console console--operator" id="main">
          <div className="console__column console__column--agenda no-print">
            <ConsultationsPanel />
          </div>
          <div className="console__column console__column--wide">
            {detail ? (
              <>
                <DelegationsPanel />
                <InvitationsPanel />
                <AuditPanel key={detail.consultation.id} source="operator" />
              </>
            ) : (
              <section className="panel no-print">
                <p className="muted">{t("operator.pickOne")}</p>
              </section>
            )}
          </div>
        </main>
      ) : (
        <OperatorSignIn />
      )}
    </div>
  );
}
