import { eligibleVoters, type Poll } from "@trilogue/shared";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BreakdownChart } from "../../components/BreakdownChart";
import { CommandButton } from "../../components/CommandButton";
import { useConsultation } from "../../hooks/use-consultation";
import { useBallots, useDelegationList, useTurnout } from "../../hooks/use-decisions";
import { useHiddenConstituencies } from "../../hooks/use-drafting";
import { BallotForm } from "./BallotForm";
import { optionColumns, resultRows } from "./poll-results";

// Secret polls only: the board and the trustee's key backup load with the first secret poll shown.
const SealedBoard = lazy(() => import("./SealedBoard").then((m) => ({ default: m.SealedBoard })));
const PollSubject = lazy(() => import("./PollSubject").then((m) => ({ default: m.PollSubject })));
const TrusteeKeyBackup = lazy(() => import("./TrusteeKeyBackup").then((m) => ({ default: m.TrusteeKeyBackup })));
// Named polls: who voted what (and, for the chair, who has not), loaded with the first named poll shown.
const PollVoters = lazy(() => import("./PollVoters").then((m) => ({ default: m.PollVoters })));

/** Props of {@link PollCard}. */
export type PollCardProps = {
  poll: Poll;
  /** The chair opens and closes; a delegate votes; others read. */
  mode: "chair" | "delegate" | "read";
};

const marks = { draft: "◷", open: "●", closed: "■" } as const;

/** One poll: its question and state, turnout, results by constituency, and the controls of the role. */
export function PollCard({ poll, mode }: PollCardProps) {
  const { t } = useTranslation();
  const ballots = useBallots(poll.id);
  const delegations = useDelegationList();
  const hidden = useHiddenConstituencies();
  const turnout = useTurnout(poll.id);
  const rows = resultRows(t, poll, ballots, delegations, hidden);
  const consultation = useConsultation();
  // Those the consultation's decision rule lets vote, as the server counts them at close.
  const eligible =
    poll.result?.eligible.overall ??
    (consultation ? eligibleVoters(consultation.decisionRule, delegations, poll.indicative).length : 0);
  const voted = poll.result?.turnout.overall ?? turnout?.turnout.overall ?? 0;
  // A closed secret poll shows no result until every trustee has decrypted, and says who is awaited.
  const awaited =
    poll.secret && poll.status === "closed" && !poll.result
      ? poll.sealing?.trustees.filter((trustee) => !trustee.hasDecrypted)
      : [];
  // A secret draft opens once every trustee's key share is in: say whose is missing.
  const keyless = poll.secret && poll.status === "draft" ? poll.sealing?.trustees.filter((each) => !each.hasKey) : [];
  // The chair and the server are named in the reader's language; a delegation as registered.
  const nameOf = (trustee: { id: string; name: string }) =>
    trustee.id === "chair" || trustee.id === "server" ? t(`polls.trusteeName.${trustee.id}`) : trustee.name;
  return (
    <article className={`poll poll--${poll.status}`} data-testid="poll" aria-labelledby={`poll-${poll.id}`}>
      <h3 id={`poll-${poll.id}`} className="poll__question" dir="auto">
        {poll.question}
      </h3>
      <Suspense fallback={null}>
        <PollSubject poll={poll} />
      </Suspense>
      <p className="poll__meta">
        <span className={`badge badge--poll-${poll.status}`}>
          <span aria-hidden="true">{marks[poll.status]}</span> {t(`polls.status.${poll.status}`)}
        </span>{" "}
        <span>{poll.secret ? t("polls.secret") : t("polls.named")}</span>
        {poll.status !== "draft" ? (
          <span>
            {t("format.separator")}
            {t("polls.turnout", { voted, eligible })}
          </span>
        ) : null}
      </p>
      {rows === null ? (
        poll.status === "open" ? (
          <p className="muted">{t("polls.resultsOnClose")}</p>
        ) : null
      ) : rows.length === 0 ? (
        <p className="muted">{t("polls.withheld")}</p>
      ) : (
        <BreakdownChart
          caption={poll.status === "closed" ? t("polls.finalResults") : t("polls.liveResults")}
          columns={optionColumns(t, poll)}
          rows={rows}
        />
      )}
      {keyless?.map((trustee) => (
        <p key={trustee.id} className="muted" data-testid="waiting-for-key">
          {t("polls.waitingForKey", { trustee: nameOf(trustee) })}
        </p>
      ))}
      {awaited?.map((trustee) => (
        <p key={trustee.id} className="notice notice--waiting" data-testid="waiting-for-trustee">
          {t("polls.waitingForTrustee", { trustee: nameOf(trustee) })}
        </p>
      ))}
      {!poll.secret && poll.status !== "draft" ? (
        <Suspense fallback={null}>
          <PollVoters poll={poll} showMissing={mode === "chair"} />
        </Suspense>
      ) : null}
      {mode === "delegate" && poll.status === "open" ? <BallotForm poll={poll} /> : null}
      {poll.secret ? (
        <Suspense fallback={null}>
          {poll.status !== "draft" ? <SealedBoard poll={poll} /> : null}
          {mode !== "read" ? <TrusteeKeyBackup poll={poll} /> : null}
        </Suspense>
      ) : null}
      {mode === "chair" ? (
        <div className="button-row">
          {poll.status === "draft" ? (
            <CommandButton command="poll:open" payload={{ pollId: poll.id }} variant="primary">
              {t("polls.open")}
            </CommandButton>
          ) : null}
          {poll.status === "open" ? (
            <CommandButton command="poll:close" payload={{ pollId: poll.id }} variant="primary">
              {t("polls.close")}
            </CommandButton>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
