import { useTranslation } from "react-i18next";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useBallots, useDelegationList, usePolls } from "../../hooks/use-decisions";
import { useHiddenConstituencies } from "../../hooks/use-drafting";
import { optionColumns, resultRows } from "../decisions/poll-results";

/**
 * The latest poll on the item whose results the room may see (live for a named live poll, final
 * once closed), for the projector; nothing while results wait for the close.
 */
export function DisplayPoll({ itemId }: { /** The item under discussion. */ itemId: string }) {
  const { t } = useTranslation();
  const poll = usePolls(itemId)
    .filter((candidate) => candidate.status !== "draft")
    .at(-1);
  const ballots = useBallots(poll?.id ?? "");
  const delegations = useDelegationList();
  const hidden = useHiddenConstituencies();
  if (!poll) return null;
  const rows = resultRows(t, poll, ballots, delegations, hidden);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="display__poll" aria-labelledby="display-poll-heading">
      <h2 id="display-poll-heading" className="display__label">
        {poll.status === "closed" ? t("polls.finalResults") : t("polls.liveResults")}
      </h2>
      <BreakdownChart caption={<span dir="auto">{poll.question}</span>} columns={optionColumns(t, poll)} rows={rows} />
    </section>
  );
}
