/** Why the server refused an action, by the reason code it names (see `reasonCodes` in shared). */
export const reasons = {
  reasons: {
    consultation_not_live: "The session is not open (status: {{status}}). The chair opens it first.",
    consultation_closed: "The consultation is closed.",
    no_item_open: "No agenda item is under discussion.",
    floor_already_requested: "Your delegation is already on the list for this.",
    floor_nobody_waiting: "Nobody is waiting for the floor.",
    floor_nobody_speaking: "Nobody has the floor.",
    floor_request_not_waiting: "That request is no longer waiting for the floor.",
    paragraph_has_brackets: "The text still holds brackets: resolve them before agreeing it.",
    paragraph_under_silence: "The paragraph is under a silence procedure: it cannot change until the procedure closes.",
    paragraph_already_in_state: "The paragraph is already in that state ({{state}}).",
    paragraph_pending_proposals:
      "Proposals on this paragraph are still pending ({{count}}): merge or reject them first.",
    paragraph_changed:
      "The paragraph changed after version {{base}} (it is now at version {{current}}): review the new text and try again.",
    paragraph_not_bracketed: "The paragraph is {{state}}: the chair returns it to brackets before its text can change.",
    paragraph_deleted: "The paragraph was deleted from the draft.",
    paragraph_has_sub_paragraphs: "The paragraph introduces sub-paragraphs: delete or move them first.",
    outline_inside_block: "A paragraph cannot move among its own sub-paragraphs.",
    outline_other_kind: "A paragraph moves among paragraphs of its own kind (preambular or operative).",
    outline_breaks_outline:
      "That place breaks the outline: a sub-paragraph follows its chapeau, one level deeper at most.",
    passage_selection_stale: "The passage you selected is no longer where it was: the text changed. Select it again.",
    silence_needs_ad_referendum: "Only a paragraph agreed ad referendum can be put to a silence procedure.",
    call_closed: "The consensus call is closed.",
    call_deadline_passed: "The deadline for objections has passed.",
    call_already_open: "This text is already before the room for consensus.",
    poll_not_open: "The poll is not open yet.",
    poll_closed: "The poll is closed.",
    item_other_open: "Another item is under discussion: conclude it first.",
    invitation_invalid: "This invitation link is not valid. Ask the Secretariat for a new one.",
    invitation_revoked: "This invitation link has been revoked. Ask the Secretariat for a new one.",
    invitation_expired: "This invitation link has expired. Ask the Secretariat for a new one.",
  },
} as const;
