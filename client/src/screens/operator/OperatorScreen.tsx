import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguagePicker } from "../../components/LanguagePicker";
import { Link } from "../../components/Link";
import { useOperatorStore } from "../../stores/operator-store";
import { AuditPanel } from "../audit/AuditPanel";
import { OperatorBriefingsPanel } from "../missions/OperatorBriefingsPanel";
import { OperatorMissionsPanel } from "../missions/OperatorMissionsPanel";
import { AgendaSetupPanel } from "./AgendaSetupPanel";
import { ConsultationsPanel } from "./ConsultationsPanel";
import { DelegationsPanel } from "./DelegationsPanel";
import { InvitationsPanel } from "./InvitationsPanel";
import { OperatorDisplayPanel } from "./OperatorDisplayPanel";
import { OperatorSignIn } from "./OperatorSignIn";

/** `/operator`: the conference officer prepares a consultation and sends the links. */
export function OperatorScreen() {
  const { t } = useTranslation();
  const token = useOperatorStore((s) => s.token);
  const operator = useOperatorStore((s) => s.operator);
  const signedIn = token !== null || operator !== null;
  const auditor = operator?.role === "auditor";
  const detail = useOperatorStore((s) => s.detail);
  const signOut = useOperatorStore((s) => s.signOut);

  // A token kept from earlier in this tab, or an organisation sign-in's cookie: resume once.
  useEffect(() => {
    void useOperatorStore.getState().init();
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
          {operator ? (
            <span className="operator__identity" data-testid="operator-identity">
              {t("operatorAccess.signedInAs", { name: operator.name })}
              {t("format.separator")}
              {t(`operatorAccess.role.${operator.role}`)}
            </span>
          ) : null}
          {signedIn ? (
            <button type="button" className="button button--link" onClick={() => void signOut()}>
              {t("operator.signOut")}
            </button>
          ) : null}
        </div>
      </header>
      {signedIn ? (
        <main className="console console--operator" id="main">
          <div className="console__column console__column--agenda no-print">
            <ConsultationsPanel />
            {auditor ? null : <OperatorMissionsPanel />}
          </div>
          <div className="console__column console__column--wide">
            {auditor ? <p className="muted">{t("operatorAccess.auditorNote")}</p> : null}
            {detail ? (
              <>
                {auditor ? null : <DelegationsPanel />}
                {auditor ? null : <AgendaSetupPanel />}
                {auditor ? null : <InvitationsPanel />}
                {auditor ? null : <OperatorDisplayPanel consultationId={detail.consultation.id} />}
                {auditor ? null : <OperatorBriefingsPanel consultationId={detail.consultation.id} />}
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
