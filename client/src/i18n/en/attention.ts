/** Notices of what the room asks of a delegation, and the list of what still awaits it. */
export const attention = {
  attention: {
    notices: "Asked of your delegation",
    kind: {
      poll: "A poll is open",
      consensus: "Call for consensus",
      expectation: "Expectation put to consensus",
      silence: "Silence procedure",
      floor: "Your delegation has the floor",
      cosign: "Co-signature requested",
    },
    vote: "Vote",
    respond: "Respond",
    noObjection: "No objection",
    dismiss: "Dismiss",
    close: "Close",
    closesIn: "Closes in",
    speakingTime: "Speaking time:",
    answered: "Your delegation has answered, or the question is closed.",
    cosignFrom: "{{delegation}} asks your delegation to co-sign.",
    cosignConfirm: "Co-sign",
    cosignDecline: "Decline",
    announceCosign: "{{delegation}} asks your delegation to co-sign a statement.",
    awaiting: "Awaiting your delegation: {{count}}",
    nothing: "Nothing awaits your delegation.",
    show: "Show",
    sound: "Play a sound when something is asked of your delegation",
    shortcut: "Alt+Shift+A moves to the latest notice.",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "Paused for a point of order:",
    leftOnResume: "resumes with {{time}} left",
  },
} as const;
