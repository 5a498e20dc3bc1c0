import type { Ack, DisplayLink } from "@trilogue/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDisplayWords } from "./use-display-words";

/**
 * Issues a link for the projector's computer and draws its QR code (the library loads on first
 * use). The chair's console and the operator's screen each pass their own way of issuing it.
 */
export function DisplayLinkIssuer({
  issue: request,
}: {
  /** Asks the server for a new display link. */ issue: () => Promise<Ack<DisplayLink>>;
}) {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const [link, setLink] = useState<DisplayLink | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    setBusy(true);
    setFailed(false);
    const result = await request();
    setBusy(false);
    if (!result.ok) return setFailed(true);
    setLink(result.data);
    const qrcode = await import("qrcode");
    const svg = await qrcode.toString(result.data.url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  };
  return (
    <div className="chair-display__link">
      <p className="button-row">
        <button type="button" className="button" onClick={() => void issue()} disabled={busy}>
          {words.t("chairDisplay.issueLink")}
        </button>
      </p>
      {failed ? (
        <p role="alert" className="notice notice--failed">
          {words.t("chairDisplay.linkFailed")}
        </p>
      ) : null}
      {link ? (
        <div data-testid="display-link">
          <p className="hint">{words.t("chairDisplay.linkHint")}</p>
          <p>
            {words.t("chairDisplay.linkLabel")}
            {t("format.colon")}
            <a href={link.url} target="_blank" rel="noopener noreferrer" dir="ltr" className="chair-display__url">
              {link.url}
            </a>
          </p>
          {qr ? (
            <img className="chair-display__qr" src={qr} alt={words.t("chairDisplay.qr")} width={192} height={192} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
