import { en as vocabulary } from "@trilogue/shared/vocabulary/en";
/** Words shared by every screen: statuses, roles, constituencies, errors. */
export const common = {
  app: {
    name: "Trilogue",
    skipToMain: "Skip to main content",
    language: "Language",
    loading: "Loading…",
  },
  /** Punctuation that differs between languages (French spaces, Chinese full-width forms, Arabic comma). */
  format: {
    colon: ": ",
    separator: " · ",
    parenthetical: "({{text}})",
    listSeparator: "; ",
  },
  action: {
    pending: "Sending…",
    waiting: "Waiting for the connection; it will be sent when you are back online.",
    confirmed: "✓ Done",
  },
  errors: {
    VALIDATION: "Something in what you entered is not accepted. Check it and try again.",
    UNAUTHENTICATED: "You are not signed in, or your link no longer works. Open your invitation link again.",
    FORBIDDEN: "Your role does not allow this.",
    NOT_FOUND: "That no longer exists; someone may have changed it a moment ago.",
    CONFLICT: "This cannot be done as things stand now.",
    RATE_LIMITED: "Too many actions at once. Wait a moment and try again.",
    UNAVAILABLE: "The server cannot be reached just now. Try again in a moment.",
    INTERNAL: "Something went wrong on the server. Try again; if it persists, tell the Secretariat.",
    PAYLOAD_TOO_LARGE: "That message is too large to send. Shorten it and try again.",
    TIMEOUT: "No answer from the server. Check your connection and try again.",
  },
  connection: {
    idle: "Not connected",
    connecting: "Connecting…",
    online: "Live",
    reconnecting: "Reconnecting…",
    offline: "Offline: actions wait until you are back",
    "signed-out": "Signed out",
  },
  countdown: {
    left: "left",
    over: "over time",
    speakingSoon: "30 seconds of speaking time left.",
    objectionsSoon: "30 seconds left to object.",
  },
  consultationStatus: {
    scheduled: "Scheduled",
    live: "In session",
    suspended: "Suspended",
    closed: "Closed",
  },
  itemStatus: {
    pending: "Not yet discussed",
    open: "Under discussion",
    concluded: "Concluded",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "Chair",
    secretary: "Secretary",
    delegate: "Delegate",
    adviser: "Adviser",
    observer: "Observer",
  },
  confidentiality: {
    on_record: "On the record",
    chatham_house: "Chatham House rule",
    closed: "Closed (outcomes only)",
  },
} as const;
