import { useTranslation } from "react-i18next";
import { usePolls } from "../../hooks/use-decisions";
import { PollCard } from "./PollCard";
import { PollCreateForm } from "./PollCreateForm";

/** Props of {@link PollsPanel}. */
export type PollsPanelProps = {
  itemId: string;
  mode: "chair" | "delegate" | "read";
};

/** The polls on an item, newest last; the chair also prepares new ones here. */
export function PollsPanel({ itemId, mode }: PollsPanelProps) {
  const { t } = useTranslation();
  const polls = usePolls(itemId);
  return (
    <div className="polls">
      {polls.length === 0 ? <p className="muted">{t("polls.none")}</p> : null}
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} mode={mode} />
      ))}
      {mode === "chair" ? <PollCreateForm itemId={itemId} /> : null}
    </div>
  );
}
