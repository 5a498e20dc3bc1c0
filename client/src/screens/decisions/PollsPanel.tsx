import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { usePolls } from "../../hooks/use-decisions";
import { PollCard } from "./PollCard";

// The chair's form only: it loads where the chair prepares polls.
const PollCreateForm = lazy(() => import("./PollCreateForm").then((m) => ({ default: m.PollCreateForm })));

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
      {/* Decisive votes first; indicative polls after them, reported apart. */}
      {[...polls.filter((poll) => !poll.indicative), ...polls.filter((poll) => poll.indicative)].map((poll) => (
        <PollCard key={poll.id} poll={poll} mode={mode} />
      ))}
      {mode === "chair" ? (
        <Suspense fallback={null}>
          <PollCreateForm itemId={itemId} />
        </Suspense>
      ) : null}
    </div>
  );
}
