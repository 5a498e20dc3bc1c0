import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { Countdown } from "../../components/Countdown";
import { useConsultationStore } from "../../stores/consultation-store";
import { BallotForm } from "../decisions/BallotForm";
import { ObjectionForm } from "../decisions/ConsensusCallCard";
import { useAttentionStore } from "./attention-store";
import type { AttentionRequest } from "./awaiting";

/** Props of {@link AttentionNotice}. */
export type AttentionNoticeProps = {
  request: AttentionRequest;
  /** False once the delegation answered or the question closed, while the notice is still open. */
  awaiting: boolean;
  /** Whether the answer form is shown (the delegate pressed the action). */
  expanded: boolean;
  /** Shows the answer form in the notice. */
  onExpand(): void;
  /** Closes the notice (it stays in the awaiting list while still awaiting). */
  onClose(): void;
};

/**
 * One request to the delegation, inside the viewport: what is asked, its deadline, and the answer
 * one press away (the ballot, the objection form, the co-signature), so nobody has to scroll to
 * the tab where it lives.
 */
export function AttentionNotice({ request, awaiting, expanded, onExpand, onClose }: AttentionNoticeProps) {
  const { t } = useTranslation();
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const [focusBody, setFocusBody] = useState(false);
  useEffect(() => {
    if (!expanded || !focusBody) return;
    body.current?.querySelector<HTMLElement>("input, textarea, button")?.focus();
    setFocusBody(false);
  }, [expanded, focusBody]);
  const expand = () => {
    onExpand();
    setFocusBody(true);
  };
  const actionLabel = actionOf(request.kind);
  return (
    <section
      className={`attention-notice attention-notice--${request.kind}`}
      aria-labelledby={`${id}-title`}
      data-testid="attention-notice"
      data-kind={request.kind}
    >
      <h2 id={`${id}-title`} className="attention-notice__title">
        {t(`attention.kind.${request.kind}`)}
      </h2>
      {request.from !== null ? <p>{t("attention.cosignFrom", { delegation: request.from })}</p> : null}
      {request.text ? (
        <p className="attention-notice__text" dir="auto">
          {request.text}
        </p>
      ) : null}
      {request.deadlineAt && awaiting ? (
        <p className="attention-notice__deadline">
          {t(request.kind === "floor" ? "attention.speakingTime" : "attention.closesIn")}{" "}
          <Countdown deadlineAt={request.deadlineAt} />
        </p>
      ) : null}
      {!awaiting ? <p className="notice">{t("attention.answered")}</p> : null}
      <div className="button-row">
        {awaiting && actionLabel && !expanded ? (
          <button type="button" className="button button--primary" onClick={expand}>
            {t(actionLabel)}
          </button>
        ) : null}
        {awaiting && request.kind === "cosign" ? <CoSignButtons coSignatureId={request.entityId} /> : null}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {awaiting ? t("attention.dismiss") : t("attention.close")}
        </button>
      </div>
      {expanded ? (
        <div ref={body} className="attention-notice__body">
          <AnswerForm request={request} awaiting={awaiting} onLetPass={onClose} />
        </div>
      ) : null}
    </section>
  );
}

const actionOf = (kind: AttentionRequest["kind"]) =>
  kind === "poll" ? "attention.vote" : kind === "floor" || kind === "cosign" ? null : "attention.respond";

type AnswerFormProps = {
  request: AttentionRequest;
  awaiting: boolean;
  /** After "No objection": nothing is sent, the notice closes. */
  onLetPass(): void;
};

function AnswerForm({ request, awaiting, onLetPass }: AnswerFormProps): ReactNode {
  const { t } = useTranslation();
  const poll = useConsultationStore((s) => (request.kind === "poll" ? s.state?.polls[request.entityId] : undefined));
  const acknowledge = useAttentionStore((s) => s.acknowledge);
  if (request.kind === "poll") return poll && poll.status === "open" ? <BallotForm poll={poll} /> : null;
  if (!awaiting) return null;
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            acknowledge(request.entityId);
            onLetPass();
          }}
        >
          {t("attention.noObjection")}
        </button>
      </div>
      <ObjectionForm callId={request.entityId} silence={request.kind === "silence"} />
    </>
  );
}

function CoSignButtons({ coSignatureId }: { coSignatureId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <CommandButton command="joint:confirm" variant="primary" payload={{ coSignatureId }}>
        {t("attention.cosignConfirm")}
      </CommandButton>
      <CommandButton command="joint:decline" payload={{ coSignatureId }}>
        {t("attention.cosignDecline")}
      </CommandButton>
    </>
  );
}
