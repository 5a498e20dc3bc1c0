import type { SubjectRef } from "@trilogue/shared";
import { useCollection } from "../../hooks/use-drafting";
import { PollCreateForm } from "./PollCreateForm";
import { useSubjectWords } from "./use-subject-words";

/** Props of {@link PutToVote}. */
export type PutToVoteProps = {
  /** A paragraph or a proposal of a draft. */
  subject: Extract<SubjectRef, { kind: "paragraph" | "proposal" }>;
  /** The draft it belongs to: the poll is taken under the draft's item. */
  draftId: string;
  /** How the subject is named in the question the form starts with: the paragraph ("OP3"), or the proposal's sponsor. */
  name: string;
};

/** The chair's "Put to a vote" beside a proposal or a paragraph: the poll form, on that subject. */
export function PutToVote({ subject, draftId, name }: PutToVoteProps) {
  const { t } = useSubjectWords();
  const draft = useCollection("drafts")[draftId];
  if (!draft) return null;
  return (
    <div className="put-to-vote" data-testid="put-to-vote">
      <PollCreateForm
        itemId={draft.itemId}
        subject={subject}
        label={t("pollSubjects.putToVote")}
        initialQuestion={t("pollSubjects.question", {
          subject: subject.kind === "proposal" ? t("pollSubjects.proposalName", { delegation: name }) : name,
        })}
      />
    </div>
  );
}
