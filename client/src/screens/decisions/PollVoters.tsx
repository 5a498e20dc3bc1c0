import { type Ballot, type Delegation, eligibleVoters, type Poll } from "@trilogue/shared";
import type { TFunction } from "i18next";
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useConsultation } from "../../hooks/use-consultation";
import { byName, useBallots, useDelegationList, useTurnout } from "../../hooks/use-decisions";
import { useWaitingStore } from "../../stores/waiting-store";
import { useDisplayWords } from "../display/use-display-words";
import { optionColumns } from "./poll-results";

/** One row per ballot cast, by delegation name: whose ballot and what it chose, in words. */
function castRows(t: TFunction, poll: Poll, ballots: readonly Ballot[], delegations: readonly Delegation[]) {
  const options = optionColumns(t, poll);
  const separator = t("format.listSeparator");
  const names = new Map(delegations.map((delegation) => [delegation.id, delegation.name]));
  return ballots
    .map((ballot) => ({
      id: ballot.id,
      name: names.get(ballot.delegationId) ?? "",
      choices: ballot.choices.map((index) => options[index]?.label ?? "").join(separator),
    }))
    .sort((a, b) => byName(a.name, b.name));
}

/** Props of {@link PollVoters}. */
export type PollVotersProps = {
  /** A named poll. */
  poll: Poll;
  /** The chair also sees who has not voted yet. */
  showMissing: boolean;
};

/**
 * A named poll's ballots, delegation by delegation, once the room may see them (live results, or
 * at close), and, for the chair, the voting delegations that have not voted: from the ballots
 * when they are live, from the server's word to the chair alone (`poll:waiting`) when they are
 * hidden until close. Nothing for a secret poll, whose ballots never carry a delegation's choice.
 */
export function PollVoters({ poll, showMissing }: PollVotersProps) {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const ballots = useBallots(poll.id);
  const delegations = useDelegationList();
  const consultation = useConsultation();
  const told = useWaitingStore((s) => s.byPoll[poll.id]);
  const voted = useTurnout(poll.id)?.turnout.overall ?? 0;
  // Recomputed when the ballots, the delegations or the poll change, not on every other event.
  const cast = useMemo(() => castRows(t, poll, ballots, delegations), [t, poll, ballots, delegations]);
  if (poll.secret || poll.status === "draft") return null;
  const visible = poll.status === "closed" || poll.resultsVisibility === "live";
  if (!visible && !(showMissing && poll.status === "open")) return null;
  const votedIds = new Set(ballots.map((ballot) => ballot.delegationId));
  const eligible = consultation ? eligibleVoters(consultation.decisionRule, delegations, poll.indicative) : [];
  // Hidden ballots: the server's list; before any ballot, every voting delegation; else wait for the list.
  const waitingIds = visible ? null : told ? new Set(told) : voted === 0 ? new Set(eligible.map((d) => d.id)) : null;
  if (!visible && waitingIds === null) return null;
  const missing = eligible
    .filter((delegation) => (waitingIds ? waitingIds.has(delegation.id) : !votedIds.has(delegation.id)))
    .map((delegation) => delegation.name)
    .sort(byName);
  return (
    <div className="poll-voters" data-testid="poll-voters">
      {cast.length > 0 ? (
        <table className="poll-voters__table">
          <caption>{words.t("pollVotes.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{words.t("pollVotes.delegation")}</th>
              <th scope="col">{words.t("pollVotes.ballot")}</th>
            </tr>
          </thead>
          <tbody>
            {cast.map((row) => (
              <VoterRow key={row.id} name={row.name} choices={row.choices} />
            ))}
          </tbody>
        </table>
      ) : null}
      {showMissing && poll.status === "open" ? (
        missing.length > 0 ? (
          <p data-testid="poll-not-voted">
            {words.t("pollVotes.notYet")}
            {t("format.colon")}
            {missing.map((name, index) => (
              <span key={name}>
                {index > 0 ? t("format.listSeparator") : null}
                <bdi>{name}</bdi>
              </span>
            ))}
          </p>
        ) : (
          <p>{words.t("pollVotes.everyone")}</p>
        )
      ) : null}
    </div>
  );
}

/** One delegation's ballot; a row already shown is left alone when others arrive. */
const VoterRow = memo(function VoterRow({ name, choices }: { name: string; choices: string }) {
  return (
    <tr>
      <th scope="row">
        <bdi>{name}</bdi>
      </th>
      <td dir="auto">{choices}</td>
    </tr>
  );
});
