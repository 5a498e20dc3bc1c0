import { type Expectation, isAdopted, latestCall } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useDelegations } from "../../hooks/use-consultation";
import { useAcceptances, useAllCalls } from "../../hooks/use-decisions";
import { AcceptanceForm } from "./AcceptanceForm";
import { AmendmentsList } from "./AmendmentsList";
import { ConsensusCallCard } from "./ConsensusCallCard";
import { ExpectationFieldsView } from "./ExpectationFieldsView";

/** Props of {@link ExpectationCard}. */
export type ExpectationCardProps = {
  expectation: Expectation;
  mode: "chair" | "delegate" | "read";
  delegationId?: string | null;
};

const statusMarks = {
  draft: "✎",
  proposed: "◷",
  agreed: "✓",
  agreed_with_reservations: "✓*",
  not_agreed: "✕",
} as const;

/** One expectation: its fields, status, consensus call, T/PCC acceptances and reservations, amendments. */
export function ExpectationCard({ expectation, mode, delegationId }: ExpectationCardProps) {
  const { t } = useTranslation();
  const calls = useAllCalls();
  const acceptances = useAcceptances(expectation.id, expectation.version);
  const delegations = useDelegations();
  const call = latestCall(expectation, calls);
  const adopted = isAdopted(expectation, calls);
  const ownIsTpcc = delegationId ? delegations[delegationId]?.constituencies.includes("tpcc") : false;
  const mayCall = !adopted && call?.status !== "open";
  return (
    <article className="expectation" data-testid="expectation" data-status={expectation.status}>
      <header className="expectation__head">
        <h3 className="expectation__scenario" dir="auto">
          {expectation.fields.scenario}
        </h3>
        <span className={`badge badge--expectation-${expectation.status}`} data-testid="expectation-status">
          <span aria-hidden="true">{statusMarks[expectation.status]}</span>{" "}
          {t(`expectations.status.${expectation.status}`)}
        </span>
        <span className="muted"> {t("expectations.version", { version: expectation.version })}</span>
      </header>
      <ExpectationFieldsView fields={expectation.fields} />
      {call ? <ConsensusCallCard call={call} mode={mode} delegationId={delegationId} /> : null}
      {mode === "chair" && mayCall ? (
        <CommandButton
          command="consensus:call"
          payload={{ subject: { kind: "expectation", expectationId: expectation.id }, durationSeconds: 300 }}
          variant="primary"
        >
          {t("expectations.putToConsensus")}
        </CommandButton>
      ) : null}
      {acceptances.length > 0 ? (
        <ul className="acceptances" data-testid="acceptances">
          {acceptances.map((a) => (
            <li key={a.id}>
              <strong>
                <bdi>{delegations[a.delegationId]?.name}</bdi>
              </strong>
              {t("format.colon")}
              {t(`expectations.acceptance.${a.kind}`)}
              {a.caveat ? (
                <>
                  {" "}
                  {t("format.parenthetical", { text: `${t("expectations.caveat")}${t("format.colon")}${a.caveat}` })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mode === "delegate" && adopted && ownIsTpcc ? <AcceptanceForm expectationId={expectation.id} /> : null}
      <AmendmentsList expectation={expectation} mode={mode} />
    </article>
  );
}
