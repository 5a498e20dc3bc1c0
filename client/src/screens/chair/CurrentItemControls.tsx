import type { AgendaItem } from "@trilogue/shared";
import { limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";

/** Props of {@link CurrentItemControls}. */
export type CurrentItemControlsProps = {
  /** The item under discussion. */
  item: AgendaItem;
};

/** The chair's controls on the open item: its time box, the speaking time, and concluding it. */
export function CurrentItemControls({ item }: CurrentItemControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [timeBox, setTimeBox] = useState(item.timeBoxSeconds ? String(item.timeBoxSeconds / 60) : "");
  const [speaking, setSpeaking] = useState(String(item.speakingTimeSeconds / 60));
  const [conclusion, setConclusion] = useState("");
  const timeBoxAction = useAction("agenda:set-time-box");
  const speakingAction = useAction("agenda:set-speaking-time");
  const conclude = useAction("agenda:conclude");

  const submitTimeBox = (event: FormEvent) => {
    event.preventDefault();
    void timeBoxAction.run({ itemId: item.id, timeBoxSeconds: timeBox ? Math.round(Number(timeBox) * 60) : null });
  };
  const submitSpeaking = (event: FormEvent) => {
    event.preventDefault();
    void speakingAction.run({ itemId: item.id, speakingTimeSeconds: Math.round(Number(speaking) * 60) });
  };
  const submitConclusion = async (event: FormEvent) => {
    event.preventDefault();
    if (await conclude.run({ itemId: item.id, conclusion })) setConclusion("");
  };

  return (
    <div className="item-controls">
      <form className="inline-form" onSubmit={submitTimeBox}>
        <label htmlFor={`${id}-timebox`}>{t("chair.timeBoxMinutes")}</label>
        <input
          id={`${id}-timebox`}
          type="number"
          min={1}
          max={limits.maxTimeBox / 60}
          value={timeBox}
          onChange={(e) => setTimeBox(e.target.value)}
        />
        <SubmitButton variant="secondary" disabled={timeBoxAction.busy}>
          {t("chair.set")}
        </SubmitButton>
        <ActionStatus action={timeBoxAction.action} />
      </form>
      <form className="inline-form" onSubmit={submitSpeaking}>
        <label htmlFor={`${id}-speaking`}>{t("chair.speakingMinutes")}</label>
        <input
          id={`${id}-speaking`}
          type="number"
          min={0.5}
          step={0.5}
          max={limits.maxSpeakingTime / 60}
          required
          value={speaking}
          onChange={(e) => setSpeaking(e.target.value)}
        />
        <SubmitButton variant="secondary" disabled={speakingAction.busy}>
          {t("chair.set")}
        </SubmitButton>
        <ActionStatus action={speakingAction.action} />
      </form>
      <form className="form conclude" onSubmit={submitConclusion}>
        <label htmlFor={`${id}-conclusion`}>{t("chair.conclusion")}</label>
        <textarea
          dir="auto"
          id={`${id}-conclusion`}
          rows={3}
          required
          maxLength={limits.conclusion}
          value={conclusion}
          onChange={(e) => setConclusion(e.target.value)}
        />
        <span className="button-row">
          <SubmitButton variant="primary" disabled={conclude.busy}>
            {t("chair.conclude")}
          </SubmitButton>
          <ActionStatus action={conclude.action} />
        </span>
      </form>
    </div>
  );
}
