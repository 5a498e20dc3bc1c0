import { eligibleVoters, type Poll } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useConsultation } from "../../hooks/use-consultation";
import { useBallots, useDelegationList, usePolls, useTurnout } from "../../hooks/use-decisions";
import { useHiddenConstituencies } from "../../hooks/use-drafting";
import { PollVoters } from "../decisions/PollVoters";
import { optionColumns, resultRows } from "../decisions/poll-results";
import { useSubjectLine, useSubjectWords } from "../decisions/use-subject-words";
import { useDisplayWords } from "./use-display-words";

/**
 * The latest poll opened on the item, for the projector: its question and turnout while it runs
 * (secret ones included), then its result, or why there is none to show.
 */
export function DisplayPoll({ itemId }: { /** The item under discussion (or last concluded). */ itemId: string }) {
  const poll = usePolls(itemId)
    .filter((candidate) => candidate.status !== "draft")
    .at(-1);
  return poll ? <ShownPoll poll={poll} /> : null;
}

function ShownPoll({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const ballots = useBallots(poll.id);
  const delegations = useDelegationList();
  const hidden = useHiddenConstituencies();
  const turnout = useTurnout(poll.id);
  const consultation = useConsultation();
  const badge = useSubjectWords().t;
  const subject = useSubjectLine(poll);
  const rows = resultRows(t, poll, ballots, delegations, hidden);
  const eligible =
    poll.result?.eligible.overall ??
    (consultation ? eligibleVoters(consultation.decisionRule, delegations, poll.indicative).length : 0);
  // Turnout is announced at most every 250 ms; a live named poll's ballots may arrive first.
  const voted = poll.result?.turnout.overall ?? Math.max(turnout?.turnout.overall ?? 0, ballots.length);
  const withheld = poll.result?.disclosure === "withheld" || rows?.length === 0;
  return (
    <section className="display__poll" aria-labelledby="display-poll-heading" data-testid="display-poll">
      <h2 id="display-poll-heading" className="display__label">
        {words.t("roomDisplay.poll")}
        {t("format.separator")}
        {poll.secret ? t("polls.secret") : t("polls.named")}
        {t("format.separator")}
        {t(`polls.status.${poll.status}`)}
      </h2>
      <p className="display__secondary" data-testid="display-poll-indicative">
        {badge(poll.indicative ? "pollSubjects.indicativeBadge" : "pollSubjects.decisiveBadge")}
      </p>
      {subject ? <p dir="auto">{subject}</p> : null}
      <p className="display__poll-question" dir="auto">
        {poll.question}
      </p>
      <p className="display__secondary" data-testid="display-turnout">
        {t("polls.turnout", { voted, eligible })}
      </p>
      {poll.status === "closed" && !poll.result ? (
        <p className="display__secondary">{words.t("roomDisplay.counting")}</p>
      ) : withheld ? (
        <p className="display__secondary display__withheld" data-testid="display-withheld">
          {poll.secret ? words.t("roomDisplay.withheld") : t("polls.withheld")}
        </p>
      ) : rows ? (
        <BreakdownChart
          caption={poll.status === "closed" ? t("polls.finalResults") : t("polls.liveResults")}
          columns={optionColumns(t, poll)}
          rows={rows}
        />
      ) : (
        <p className="display__secondary">{words.t("roomDisplay.resultsOnClose")}</p>
      )}
      {!poll.secret ? <PollVoters poll={poll} showMissing={false} /> : null}
    </section>
  );
}
