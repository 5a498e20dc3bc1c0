/** Limits on every text and list a person can submit; the schemas and the UI both read them. */
export const limits = {
  title: 200,
  missionContext: 2000,
  question: 1000,
  conclusion: 5000,
  name: 120,
  displayName: 80,
  statement: 4000,
  reason: 1000,
  idempotencyKey: 64,
  agendaItems: 30,
  delegations: 250,
  /** Seconds. */
  maxTimeBox: 8 * 3600,
  maxSpeakingTime: 3600,
} as const;
