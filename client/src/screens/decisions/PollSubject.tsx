import type { Poll } from "@trilogue/shared";
import { useSubjectLine, useSubjectWords } from "./use-subject-words";

/**
 * What a poll is on ("On OP3", "On the proposal of Egypt on OP1") and whether it is indicative or a
 * decisive vote. Loaded with the first poll shown, so the delegate's first load stays small.
 */
export function PollSubject({ poll }: { /** The poll described. */ poll: Poll }) {
  const { t } = useSubjectWords();
  const line = useSubjectLine(poll);
  return (
    <>
      {line ? (
        <p className="poll__subject" dir="auto" data-testid="poll-subject">
          {line}
        </p>
      ) : null}
      <p className="poll__meta">
        <span
          className="badge"
          data-testid="poll-indicative"
          title={t(poll.indicative ? "pollSubjects.indicative" : "pollSubjects.decisive")}
        >
          {t(poll.indicative ? "pollSubjects.indicativeBadge" : "pollSubjects.decisiveBadge")}
        </span>
      </p>
    </>
  );
}
