import type { Poll } from "@trilogue/shared";
import { type ChangeEvent, useEffect, useId, useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../../stores/session-store";
import { onTrusteeKeyRestored, restoreTrusteeKey, storedTrusteeKey, trusteeKeyBackup } from "./sealed-ballot";
import { trusteeIdOf } from "./use-trustee";

/** Props of {@link TrusteeKeyBackup}. */
export type TrusteeKeyBackupProps = {
  /** A secret poll whose decryption share from this browser's trustee is still to come. */
  poll: Poll;
};

/**
 * This browser's key share of a secret poll as one of its trustees (the chair's, or a named
 * delegation's), kept here: saved to a file (to carry it to another device, or to survive cleared
 * storage or a sign-out) and restored from it. Without it the poll cannot be tallied, and the
 * room waits for this trustee's decryption share.
 */
export function TrusteeKeyBackup({ poll }: TrusteeKeyBackupProps) {
  const { t } = useTranslation();
  const id = useId();
  const me = useSessionStore((s) => s.me);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [outcome, setOutcome] = useState<"restored" | "wrong-file" | null>(null);
  useEffect(() => onTrusteeKeyRestored(refresh), []);
  const trusteeId = trusteeIdOf(poll, me);
  const trustee = poll.sealing?.trustees.find((each) => each.id === trusteeId);
  if (!me || !trusteeId || !trustee?.hasKey || trustee.hasDecrypted) return null;
  const held = storedTrusteeKey(me.participantId, poll.id) !== null;
  // The chair's words for the chair's share; a delegation's for its own.
  const words = trusteeId === "chair" ? "trusteeKey" : "delegationKey";

  const save = () => {
    const text = trusteeKeyBackup(me.participantId, poll.id, trusteeId);
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `trilogue-trustee-key-${poll.id}.json`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setOutcome(
      await restoreTrusteeKey(me.participantId, me.consultationId, poll.id, trusteeId, await file.text()).catch(
        () => "wrong-file" as const,
      ),
    );
  };

  return (
    <div className="chair-key" data-testid="trustee-key">
      {held ? (
        <p className="muted">{t(`polls.${words}.held`)}</p>
      ) : (
        <p className="notice" role="alert">
          {t(`polls.${words}.missing`)}
        </p>
      )}
      <span className="button-row">
        {held ? (
          <button type="button" className="button" onClick={save}>
            {t("polls.trusteeKey.save")}
          </button>
        ) : null}
        <label className="field" htmlFor={`${id}-restore`}>
          <span>{t("polls.trusteeKey.restore")}</span>
          <input
            id={`${id}-restore`}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void restore(event)}
          />
        </label>
      </span>
      {outcome ? (
        <p className="notice" role="status" data-testid="trustee-key-outcome">
          {outcome === "restored" ? t("polls.trusteeKey.restored") : t(`polls.${words}.wrongFile`)}
        </p>
      ) : null}
    </div>
  );
}
