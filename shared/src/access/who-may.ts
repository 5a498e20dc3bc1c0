import type { CommandName } from "../commands.js";
import type { Me } from "../socket-events.js";
import { type Guard, is } from "./guards.js";

/**
 * Who may send each command: one table read by the server's command bus (which refuses with
 * FORBIDDEN before any I/O) and by the screens (which offer only what the server will accept).
 * Finer checks that need the record (is it this delegation's request?) stay in the handlers.
 */
export const whoMay = {
  "consultation:set-status": is.chair,
  "consultation:set-decision-rule": is.chair,
  "agenda:add": is.chair,
  "agenda:remove": is.chair,
  "agenda:reorder": is.chair,
  "agenda:open": is.chair,
  "agenda:conclude": is.chair,
  "agenda:reopen": is.chair,
  "agenda:set-time-box": is.chair,
  "agenda:set-speaking-time": is.chair,
  "floor:request": is.delegate,
  "floor:withdraw": is.chairOrDelegate,
  "floor:give": is.chair,
  "floor:end-turn": is.chair,
  "floor:set-time": is.chair,
  "position:save-draft": is.member,
  "position:discard-draft": is.member,
  "position:publish": is.delegate,
  "joint:post-position": is.delegate,
  "joint:confirm": is.delegate,
  "joint:decline": is.delegate,
  "poll:create": is.chair,
  "poll:open": is.chair,
  "poll:close": is.chair,
  "ballot:cast": is.delegate,
  // The chair, or a delegate of a delegation the chair named trustee (trustees.commands.ts checks which).
  "trustee:publish-key": is.chairOrDelegate,
  "trustee:decrypt": is.chairOrDelegate,
  "consensus:call": is.chair,
  "consensus:close": is.chair,
  "consensus:object": is.delegate,
  "consensus:withdraw-objection": is.delegate,
  "breakdown:set-disclosure": is.chair,
  "expectation:draft": is.officer,
  "expectation:revise": is.officer,
  "expectation:record-acceptance": is.delegate,
  "expectation:amend": is.delegate,
  "expectation:accept-amendment": is.chair,
  "expectation:reject-amendment": is.chair,
  "draft:open": is.officer,
  "draft:add-paragraph": is.officer,
  "draft:edit-paragraph": is.officer,
  "draft:set-state": is.chair,
  "draft:delete-paragraph": is.officer,
  "draft:move-paragraph": is.officer,
  "draft:propose": is.member,
  "draft:withdraw-proposal": is.member,
  "draft:merge-proposal": is.chair,
  "draft:reject-proposal": is.chair,
  "summary:edit-draft": is.secretary,
  "summary:finalise": is.chair,
  "display:show": is.chair,
} as const satisfies { [C in CommandName]: Guard };

/** Who is acting once the command's guard has passed. */
export type MeFor<C extends CommandName> = (typeof whoMay)[C] extends Guard<infer M extends Me> ? M : Me;

/** Whether this person may send the command; `null` (not signed in) may send nothing. */
export function may<C extends CommandName>(me: Me | null, command: C): me is MeFor<C> {
  if (!me) return false;
  const guard: Guard = whoMay[command];
  return guard(me);
}

/**
 * Who may read what is not everyone's: the HTTP routes check these, the screens offer the same.
 * (What a delegation reads of its own, such as its position drafts, the route scopes by delegation.)
 */
export const whoMayRead = {
  /** The summary's draft narrative and its exports before it is final. */
  summaryDraft: is.officer,
  /** The consultation's audit trail, from the room. */
  auditTrail: is.chair,
  /** A delegation's unpublished position drafts, to its own members. */
  positionDrafts: is.member,
  /** Who has not voted yet in a named poll whose ballots stay hidden until close (the chair's room). */
  pollWaiting: is.chair,
} as const satisfies Record<string, Guard>;
