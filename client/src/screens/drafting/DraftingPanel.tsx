import { useTranslation } from "react-i18next";
import { Tabs } from "../../components/Tabs";
import { useSessionStore } from "../../stores/session-store";
import { abilitiesOf } from "./abilities";
import { CaveatsRegisterView } from "./CaveatsRegisterView";
import { DraftsTab } from "./DraftsTab";
import { JointStatementsView } from "./JointStatementsView";

/** Props of {@link DraftingPanel}. */
export type DraftingPanelProps = {
  /** The item under discussion, on which drafts are opened. */
  itemId: string;
};

/**
 * Mandate language: the draft text paragraph by paragraph, the register of national caveats, and
 * joint statements. What each person may do follows their role.
 */
export function DraftingPanel({ itemId }: DraftingPanelProps) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const abilities = abilitiesOf(me);
  return (
    <section className="panel drafting" aria-labelledby="drafting-heading" data-testid="drafting">
      <h2 id="drafting-heading" className="panel__title">
        {t("drafting.title")}
      </h2>
      <Tabs
        label={t("drafting.title")}
        tabs={[
          { key: "text", label: t("drafting.tabText"), content: <DraftsTab itemId={itemId} abilities={abilities} /> },
          { key: "caveats", label: t("drafting.tabCaveats"), content: <CaveatsRegisterView chair={abilities.chair} /> },
          {
            key: "joint",
            label: t("drafting.tabJoint"),
            content: <JointStatementsView itemId={itemId} abilities={abilities} />,
          },
        ]}
      />
    </section>
  );
}
