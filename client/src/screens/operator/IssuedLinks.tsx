import { csvText } from "@trilogue/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type IssuedLink, useOperatorStore } from "../../stores/operator-store";
import { download } from "./csv";

/** The links issued in this tab, to copy, print or export; the server cannot show them again. */
export function IssuedLinks() {
  const { t } = useTranslation();
  const issued = useOperatorStore((s) => s.issued);
  const detail = useOperatorStore((s) => s.detail);
  const [copied, setCopied] = useState<string | null>(null);
  if (!detail || issued.length === 0) return <p className="muted no-print">{t("operator.noIssued")}</p>;

  const revoked = new Set(detail.invitations.filter((i) => i.revokedAt).map((i) => i.id));
  const delegationOf = (link: IssuedLink) => detail.delegations.find((d) => d.id === link.delegationId);
  const who = (link: IssuedLink) => delegationOf(link)?.name ?? link.label ?? t(`role.${link.role}`);
  const copy = async (link: IssuedLink) => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(link.id);
    } catch {
      setCopied(null);
    }
  };
  const exportCsv = () => {
    const rows = issued.map((link) => [
      who(link),
      (delegationOf(link)?.constituencies ?? []).join(" "),
      link.role,
      link.url,
      link.expiresAt,
    ]);
    download(
      `invitations-${detail.consultation.date}.csv`,
      csvText([["name", "constituencies", "role", "url", "expires"], ...rows]),
    );
  };

  return (
    <div className="issued">
      <h3 className="print-only">{detail.consultation.title}</h3>
      <div className="button-row no-print">
        <h3 className="issued__title">{t("operator.issued", { count: issued.length })}</h3>
        <button type="button" className="button" onClick={() => window.print()}>
          {t("operator.print")}
        </button>
        <button type="button" className="button" onClick={exportCsv}>
          {t("operator.exportCsv")}
        </button>
      </div>
      <table className="table table--links" data-testid="issued-links">
        <thead>
          <tr>
            <th scope="col">{t("operator.who")}</th>
            <th scope="col">{t("operator.role")}</th>
            <th scope="col">{t("operator.link")}</th>
          </tr>
        </thead>
        <tbody>
          {issued.map((link) => (
            <tr key={link.id} data-role={link.role}>
              <th scope="row">
                {who(link)}
                {revoked.has(link.id) ? (
                  <span className="muted"> ({t("operator.invitationState.revoked")})</span>
                ) : null}
              </th>
              <td>{t(`role.${link.role}`)}</td>
              <td className="issued__link">
                <input
                  readOnly
                  className="issued__url"
                  value={link.url}
                  aria-label={t("operator.linkFor", { who: who(link) })}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" className="button no-print" onClick={() => void copy(link)}>
                  {copied === link.id ? t("operator.copied") : t("operator.copy")}
                </button>
                <span className="print-only">{link.url}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
