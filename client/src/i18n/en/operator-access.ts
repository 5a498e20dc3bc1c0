/** Words of the operator's sign-in, roles and invitation email. */
export const operatorAccess = {
  signInWith: "Sign in with {{provider}}",
  orToken: "Or sign in with the operator token",
  outcome: {
    refused: "Your account has no Trilogue operator role. Ask your administrator to grant one.",
    failed: "The sign-in did not complete. Try again.",
    unavailable: "The sign-in service cannot be reached. Try again later.",
  },
  signedInAs: "Signed in as {{name}}",
  role: {
    administrator: "Administrator",
    conference_officer: "Conference officer",
    auditor: "Auditor",
  },
  auditorNote: "As an auditor you can read the audit trail and verify the log; you cannot change anything.",
  email: "Email",
  emailFor: "Email address for {{who}}",
  send: "Send",
  sendFor: "Send the link to {{who}} by email",
  sendConfirm: "Send {{who}} a fresh link by email? The link shown earlier stops working.",
  mail: {
    none: "Not sent",
    queued: "Queued",
    sent: "Sent",
    failed: "Failed: {{reason}}",
    retrying: "Failed: {{reason}} (will retry)",
  },
} as const;
