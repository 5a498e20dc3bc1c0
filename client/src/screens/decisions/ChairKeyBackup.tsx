import type { Poll } from "@trilogue/shared";
import { type ChangeEvent, useEffect, useId, useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../../stores/session-store";
import { chairKeyBackup, onChairKeyRestored, restoreChairKey, storedChairKey } from "./sealed-ballot";

/** Props of {@link ChairKeyBackup}. */
export type ChairKeyBackupProps = {
  /** A secret poll whose chair's decryption share is still to come. */
  poll: Poll;
};

/**
 * The chair's key share of a secret poll, kept in this browser: saved to a file (to carry it to
 * another device, or to survive cleared storage) and restored from it. Without it the poll
 * cannot be tallied, and the room waits for the chair's decryption share.
 */
export function ChairKeyBackup({ poll }: ChairKeyBackupProps) {
  const { t } = useTranslation();
  const id = useId();
  const me = useSessionStore((s) => s.me);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [outcome, setOutcome] = useState<"restored" | "wrong-file" | null>(null);
  useEffect(() => onChairKeyRestored(refresh), []);
  const chair = poll.sealing?.trustees.find((trustee) => trustee.id === "chair");
  if (!me || !chair?.hasKey || chair.hasDecrypted) return null;
  const held = storedChairKey(me.participantId, poll.id) !== null;

  const save = () => {
    const text = chairKeyBackup(me.participantId, poll.id);
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `trilogue-chair-key-${poll.id}.json`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setOutcome(
      await restoreChairKey(me.participantId, me.consultationId, poll.id, await file.text()).catch(
        () => "wrong-file" as const,
      ),
    );
  };

  return (
    <div className="chair-key" data-testid="chair-key">
      {held ? (
        <p className="muted">{t("polls.trusteeKey.held")}</p>
      ) : (
        <p className="notice" role="alert">
          {t("polls.trusteeKey.missing")}
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
        <p className="notice" role="status" data-testid="chair-key-outcome">
          {t(outcome === "restored" ? "polls.trusteeKey.restored" : "polls.trusteeKey.wrongFile")}
        </p>
      ) : null}
    </div>
  );
}
