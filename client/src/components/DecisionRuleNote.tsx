import { type DecisionRule, decisionRuleTexts } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { asLanguage } from "../i18n/languages";

/** Props of {@link DecisionRuleNote}. */
type DecisionRuleNoteProps = {
  /** The consultation's rule; nothing is shown until it is known. */
  rule: DecisionRule | null | undefined;
  /** Also say what holds under every rule (indicative polls; the Secretariat never votes). */
  withNotice?: boolean;
};

/** Who decides in this consultation, in the reader's language: on the join screen and the room display. */
export function DecisionRuleNote({ rule, withNotice = false }: DecisionRuleNoteProps) {
  const { i18n } = useTranslation();
  if (!rule) return null;
  const texts = decisionRuleTexts[asLanguage(i18n.language) ?? "en"];
  return (
    <p className="decision-rule" data-testid="decision-rule">
      <strong>
        {texts.label}
        {texts.colon}
      </strong>
      {texts.rules[rule]}
      {withNotice ? ` ${texts.notice}` : null}
    </p>
  );
}
