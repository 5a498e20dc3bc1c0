/** Words of the audit trail: who did what, and when, as the chair and the operator read it. */
export const audit = {
  audit: {
    title: "Audit trail",
    caption: "Who did what, and when, oldest first",
    secretBallots:
      "Secret ballots never appear in the audit trail: no record is kept of who cast them or how they voted.",
    column: {
      seq: "No.",
      time: "Time",
      who: "Who",
      what: "What",
    },
    system: "System / operator",
    unknownEvent: "Other event ({{type}})",
    loading: "Loading the audit trail…",
    loadError: "The audit trail could not be loaded. Try again in a moment.",
    empty: "No entries yet.",
    upToDate: "No newer entries.",
    loadMore: "Load more",
    checkNewer: "Check for newer entries",
    event: {
      consultation: {
        created: "Consultation created",
        updated: "Consultation details changed",
        "status-changed": "Consultation status changed",
      },
      display: {
        changed: "Room display changed by the chair",
      },
      delegation: {
        registered: "Delegation registered",
        updated: "Delegation details changed",
      },
      participant: {
        joined: "Participant joined",
      },
      item: {
        added: "Agenda item added",
        removed: "Agenda item removed",
        opened: "Agenda item opened",
        "time-box-set": "Time limit set for an agenda item",
        edited: "Agenda item corrected by the operator",
        concluded: "Agenda item concluded",
        reopened: "Agenda item reopened",
      },
      agenda: {
        reordered: "Agenda reordered",
      },
      floor: {
        requested: "Floor requested",
        withdrawn: "Request for the floor withdrawn",
        given: "Floor given",
        "time-set": "Speaking time set",
        "turn-ended": "Speaker's turn ended",
      },
      position: {
        published: "Position published",
      },
      poll: {
        created: "Poll created",
        opened: "Poll opened",
        closed: "Poll closed",
        "turnout-changed": "Poll turnout updated",
      },
      ballot: {
        counted: "Named ballot counted",
        changed: "Named ballot changed",
      },
      consensus: {
        called: "Consensus call opened",
        objected: "Objection raised",
        "objection-withdrawn": "Objection withdrawn",
        closed: "Consensus call closed",
      },
      expectation: {
        drafted: "Expectation drafted",
        revised: "Expectation revised",
      },
      amendment: {
        proposed: "Amendment proposed",
        accepted: "Amendment accepted",
        rejected: "Amendment rejected",
      },
      acceptance: {
        recorded: "Acceptance recorded",
      },
      draft: {
        opened: "Draft text opened",
      },
      paragraph: {
        added: "Paragraph added",
        edited: "Paragraph edited",
        "state-changed": "Paragraph status changed",
      },
      proposal: {
        submitted: "Proposal submitted",
        withdrawn: "Proposal withdrawn",
        merged: "Proposal merged into the text",
        rejected: "Proposal rejected",
      },
      joint: {
        posted: "Joint text posted for co-signature",
      },
      cosignature: {
        confirmed: "Co-signature confirmed",
        declined: "Co-signature declined",
      },
      breakdown: {
        "disclosure-changed": "Disclosure of the breakdown changed",
      },
      summary: {
        "draft-edited": "Summary draft edited",
        finalised: "Summary finalised",
      },
    },
  },
} as const;
