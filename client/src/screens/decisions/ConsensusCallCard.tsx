import type { ConsensusCall } from "@trilogue/shared";
import { limits } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionStatus } from "../../components/ActionStatus";
import { CommandButton } from "../../components/CommandButton";
import { Countdown } from "../../components/Countdown";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useDelegations } from "../../hooks/use-consultation";
import { useObjections } from "../../hooks/use-decisions";

/** Props of {@link ConsensusCallCard}. */
export type ConsensusCallCardProps = {
  call: ConsensusCall;
  mode: "chair" | "delegate" | "read";
  /** The delegate's delegation, to offer its objection or withdrawal. */
  delegationId?: string | null;
};

/** A text put to the room: objections as they come, the deadline, and the outcome. */
export function ConsensusCallCard({ call, mode, delegationId }: ConsensusCallCardProps) {
  const { t } = useTranslation();
  const objections = useObjections(call.id);
  const delegations = useDelegations();
  const standing = objections.filter((o) => o.status === "standing");
  const own = objections.find((o) => o.delegationId === delegationId && o.status === "standing");
  const open = call.status === "open";
  const state = open ? (standing.length ? "blocked" : "clear") : (call.outcome ?? "not_adopted");
  return (
    <article className={`consensus consensus--${state}`} data-testid="consensus-call" data-state={state}>
      <blockquote className="consensus__text" dir="auto">
        {call.text}
      </blockquote>
      <p className="consensus__state">
        <strong>{t(`consensus.state.${state}`, { count: standing.length })}</strong>
        {open ? (
          <>
            {t("format.separator")}
            {t("consensus.closesIn")}{" "}
            <Countdown deadlineAt={call.deadlineAt} announceSoon={t("countdown.objectionsSoon")} />
          </>
        ) : null}
      </p>
      {objections.length > 0 ? (
        <ul className="objections">
          {objections.map((objection) => (
            <li key={objection.id} className={`objection objection--${objection.status}`}>
              <strong>
                <bdi>{delegations[objection.delegationId]?.name}</bdi>
              </strong>{" "}
              <span className="muted">
                {t("format.parenthetical", { text: t(`consensus.objection.${objection.status}`) })}
              </span>
              {objection.reason ? (
                <>
                  {t("format.colon")}
                  <span dir="auto">{objection.reason}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mode === "delegate" && open ? (
        own ? (
          <CommandButton command="consensus:withdraw-objection" payload={{ callId: call.id }}>
            {t("consensus.withdraw")}
          </CommandButton>
        ) : (
          <ObjectionForm callId={call.id} silence={call.subject === "paragraph"} />
        )
      ) : null}
      {mode === "chair" && open ? (
        <CommandButton command="consensus:close" payload={{ callId: call.id }} variant="primary">
          {t("consensus.closeNow")}
        </CommandButton>
      ) : null}
    </article>
  );
}

/**
 * A delegation's objection to an open call, with its reason; also offered from the attention notice.
 * Under a silence procedure UN usage is to "break silence", not to object.
 */
export function ObjectionForm({ callId, silence }: { callId: string; silence: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState("");
  const object = useAction("consensus:object");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void object.run({ callId, reason });
  };
  return (
    <form className="form" onSubmit={submit}>
      <p className="hint">{t(silence ? "consensus.silenceHint" : "consensus.silence")}</p>
      <label htmlFor={`${id}-reason`}>{t(silence ? "consensus.silenceReason" : "consensus.reason")}</label>
      <textarea
        dir="auto"
        id={`${id}-reason`}
        rows={2}
        required
        maxLength={limits.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <span className="button-row">
        <SubmitButton variant="danger" disabled={object.busy}>
          {t(silence ? "consensus.breakSilence" : "consensus.object")}
        </SubmitButton>
        <ActionStatus action={object.action} />
      </span>
    </form>
  );
}
