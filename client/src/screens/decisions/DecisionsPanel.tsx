import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Tabs } from "../../components/Tabs";
import { usePolls } from "../../hooks/use-decisions";
import { PositionForm } from "./PositionForm";
import { PositionsPanel } from "./PositionsPanel";

// Tabs other than positions load their screens apart, so the room shows before they arrive.
const PollsPanel = lazy(() => import("./PollsPanel").then((m) => ({ default: m.PollsPanel })));
const ConsensusPanel = lazy(() => import("./ConsensusPanel").then((m) => ({ default: m.ConsensusPanel })));
const ExpectationsPanel = lazy(() => import("./ExpectationsPanel").then((m) => ({ default: m.ExpectationsPanel })));

/** Props of {@link DecisionsPanel}. */
export type DecisionsPanelProps = {
  /** The item under discussion. */
  itemId: string;
  /** The chair runs them; a delegate states, votes and objects; others read. */
  mode: "chair" | "delegate" | "read";
  /** The person's delegation, for delegates and advisers. */
  delegationId: string | null;
  /** Whether this person may draft expectations (chair, secretary). */
  mayDraft: boolean;
};

/** Where the dialogue becomes decisions: positions, polls, consensus and expectations, one tab each. */
export function DecisionsPanel({ itemId, mode, delegationId, mayDraft }: DecisionsPanelProps) {
  const { t } = useTranslation();
  const openPolls = usePolls(itemId).filter((poll) => poll.status === "open").length;
  return (
    <section className="panel decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" className="panel__title">
        {t("decisions.title")}
      </h2>
      <Tabs
        label={t("decisions.title")}
        tabs={[
          {
            key: "positions",
            label: t("decisions.positions"),
            content: (
              <>
                {delegationId ? (
                  <PositionForm itemId={itemId} delegationId={delegationId} mayPublish={mode === "delegate"} />
                ) : null}
                <PositionsPanel itemId={itemId} />
              </>
            ),
          },
          {
            key: "polls",
            label: openPolls ? t("decisions.pollsOpen", { count: openPolls }) : t("decisions.polls"),
            content: (
              <Suspense fallback={null}>
                <PollsPanel itemId={itemId} mode={mode} />
              </Suspense>
            ),
          },
          {
            key: "consensus",
            label: t("decisions.consensus"),
            content: (
              <Suspense fallback={null}>
                <ConsensusPanel itemId={itemId} mode={mode} delegationId={delegationId} />
              </Suspense>
            ),
          },
          {
            key: "expectations",
            label: t("decisions.expectations"),
            content: (
              <Suspense fallback={null}>
                <ExpectationsPanel mode={mode} delegationId={delegationId} itemId={itemId} mayDraft={mayDraft} />
              </Suspense>
            ),
          },
        ]}
      />
    </section>
  );
}
