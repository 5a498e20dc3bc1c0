import { limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { CommandButton } from "../../components/CommandButton";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useConsensusCalls } from "../../hooks/use-decisions";
import { ConsensusCallCard } from "./ConsensusCallCard";

/** Props of {@link ConsensusPanel}. */
export type ConsensusPanelProps = {
  itemId: string;
  mode: "chair" | "delegate" | "read";
  delegationId?: string | null;
};

const durations = [1, 2, 5, 10, 30];

/** Consensus on an item's conclusion: the chair proposes a text; one standing objection blocks it. */
export function ConsensusPanel({ itemId, mode, delegationId }: ConsensusPanelProps) {
  const { t } = useTranslation();
  const calls = useConsensusCalls(itemId).filter((call) => call.subject === "conclusion");
  const adopted = calls.filter((call) => call.outcome === "adopted").at(-1);
  return (
    <div className="consensus-panel">
      {calls.length === 0 ? <p className="muted">{t("consensus.none")}</p> : null}
      {calls.map((call) => (
        <ConsensusCallCard key={call.id} call={call} mode={mode} delegationId={delegationId} />
      ))}
      {mode === "chair" && adopted ? (
        <CommandButton command="agenda:conclude" payload={{ itemId, conclusion: adopted.text }} variant="primary">
          {t("consensus.concludeWithText")}
        </CommandButton>
      ) : null}
      {mode === "chair" && !calls.some((call) => call.status === "open") ? <CallForm itemId={itemId} /> : null}
    </div>
  );
}

function CallForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [minutes, setMinutes] = useState(5);
  const call = useAction("consensus:call");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await call.run({ subject: { kind: "conclusion", itemId, text }, durationSeconds: minutes * 60 })) setText("");
  };
  return (
    <form className="form" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{t("consensus.proposal")}</label>
      <textarea
        dir="auto"
        id={`${id}-text`}
        rows={3}
        required
        maxLength={limits.conclusion}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={`${id}-minutes`}>{t("consensus.duration")}</label>
      <select id={`${id}-minutes`} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
        {durations.map((value) => (
          <option key={value} value={value}>
            {t("consensus.minutes", { count: value })}
          </option>
        ))}
      </select>
      <span className="button-row">
        <SubmitButton variant="primary" disabled={call.busy}>
          {t("consensus.call")}
        </SubmitButton>
        <ActionStatus action={call.action} />
      </span>
    </form>
  );
}
