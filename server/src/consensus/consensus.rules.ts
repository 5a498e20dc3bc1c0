import { type DecisionRule, type Delegation, isVotingDelegation, mayObject } from "@trilogue/shared";
import { conflict, forbidden } from "../core/errors.js";

/** When a call stops accepting objections. */
export const callDeadline = (now: Date, durationSeconds: number) => new Date(now.getTime() + durationSeconds * 1000);

/**
 * Objections and withdrawals count only strictly before the deadline, whether or not the
 * scheduler has closed the call yet: the outcome is the state of objections at the deadline.
 */
export function assertCallAcceptsObjections(call: { status: string; deadlineAt: Date }, now: Date): void {
  if (call.status !== "open") throw conflict("The consensus call is closed.", { code: "call_closed" });
  if (now.getTime() >= call.deadlineAt.getTime())
    throw conflict("The deadline for objections has passed.", { code: "call_deadline_passed" });
}

/**
 * Observers are invited and do not vote; nor can they block consensus. Under the decision rule,
 * only the deciding delegations can: the Secretariat never, the consulted Member States not unless
 * the rule makes them decide.
 */
export function assertMayObject(delegation: Pick<Delegation, "constituencies">, rule: DecisionRule): void {
  if (!isVotingDelegation(delegation))
    throw forbidden("Observers cannot object to a consensus call.", { code: "observers_cannot_object" });
  if (!mayObject(rule, delegation))
    throw forbidden(
      "Under this consultation's decision rule, your delegation is consulted but cannot block consensus.",
      { code: "consulted_cannot_block" },
    );
}

/** One call at a time per subject. */
export function assertNoOpenCall(open: readonly unknown[]): void {
  if (open.length > 0)
    throw conflict("This text is already before the room for consensus.", { code: "call_already_open" });
}
