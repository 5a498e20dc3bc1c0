import { describeSubject, type Poll } from "@trilogue/shared";
import i18next, { type TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationList, useExpectations } from "../../hooks/use-decisions";
import { useCollection } from "../../hooks/use-drafting";
import { addSubjectStrings } from "./subject-strings";

addSubjectStrings(i18next);

type Words = TFunction;

/** The subject words live outside the typed first-load strings (`subject-strings.ts`). */
export function useSubjectWords(): { t: Words } {
  const { t } = useTranslation();
  return { t };
}

/** "On OP3", "On the proposal of France on OP3"…; null for a poll on the item itself. */
export function useSubjectLine(poll: Poll): string | null {
  const { t } = useSubjectWords();
  const paragraphs = useCollection("paragraphs");
  const proposals = useCollection("draftProposals");
  const expectations = useExpectations();
  const delegations = useDelegationList();
  return useMemo(() => {
    const described = describeSubject(poll.subject, {
      paragraphs: Object.values(paragraphs),
      draftProposals: Object.values(proposals),
      expectations,
      delegations,
    });
    return subjectLine(t, described);
  }, [t, poll.subject, paragraphs, proposals, expectations, delegations]);
}

/** The line for a described subject, in the reader's language. */
export function subjectLine(t: Words, described: ReturnType<typeof describeSubject>): string | null {
  switch (described.kind) {
    case "item":
      return null;
    case "paragraph":
      return t("pollSubjects.onParagraph", { paragraph: described.paragraph });
    case "proposal":
      return described.paragraph
        ? t("pollSubjects.onProposal", { delegation: described.delegation ?? "", paragraph: described.paragraph })
        : t("pollSubjects.onNewParagraph", { delegation: described.delegation ?? "" });
    case "expectation":
      return t("pollSubjects.onExpectation", { scenario: described.scenario });
  }
}
