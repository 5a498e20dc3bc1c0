import type { Poll } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useBallots, useDelegationList, usePolls } from "../../hooks/use-decisions";
import { useHiddenConstituencies } from "../../hooks/use-drafting";
import { optionColumns, resultRows } from "../decisions/poll-results";
import { useSubjectLine, useSubjectWords } from "../decisions/use-subject-words";

/**
 * The latest poll on the item whose results the room may see (live for a named live poll, final
 * once closed), for the projector; nothing while results wait for the close.
 */
export function DisplayPoll({ itemId }: { /** The item under discussion. */ itemId: string }) {
  const poll = usePolls(itemId)
    .filter((candidate) => candidate.status !== "draft")
    .at(-1);
  const ballots = useBallots(poll?.id ?? "");
  if (!poll) return null;
  return <DisplayPollResult poll={poll} ballots={ballots} />;
}

/** The poll's results, marked indicative (reported apart from decisions) or decisive, with its subject. */
function DisplayPollResult({ poll, ballots }: { poll: Poll; ballots: ReturnType<typeof useBallots> }) {
  const { t } = useTranslation();
  const words = useSubjectWords().t;
  const subject = useSubjectLine(poll);
  const delegations = useDelegationList();
  const hidden = useHiddenConstituencies();
  const rows = resultRows(t, poll, ballots, delegations, hidden);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="display__poll" aria-labelledby="display-poll-heading">
      <h2 id="display-poll-heading" className="display__label">
        {poll.status === "closed" ? t("polls.finalResults") : t("polls.liveResults")}
        {t("format.separator")}
        <span data-testid="display-poll-indicative">
          {words(poll.indicative ? "pollSubjects.indicativeBadge" : "pollSubjects.decisiveBadge")}
        </span>
      </h2>
      {subject ? <p dir="auto">{subject}</p> : null}
      <BreakdownChart caption={<span dir="auto">{poll.question}</span>} columns={optionColumns(t, poll)} rows={rows} />
    </section>
  );
}
