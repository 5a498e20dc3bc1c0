import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => at("created_at").notNull().defaultNow();

/** Server-wide secrets and flags (cookie secret, operator token hash), shared by every node. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const consultations = pgTable("consultations", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  missionContext: text("mission_context").notNull().default(""),
  date: date("date", { mode: "string" }).notNull(),
  languages: text("languages").array().notNull(),
  workingLanguage: text("working_language").notNull(),
  confidentiality: text("confidentiality").notNull(),
  status: text("status").notNull().default("scheduled"),
  /** The last sequence number of its event log; bumped under a row lock, so gap-free. */
  lastSeq: integer("last_seq").notNull().default(0),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: createdAt(),
});

export const delegations = pgTable(
  "delegations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    countryCode: text("country_code"),
    constituencies: text("constituencies").array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("delegations_name_unique").on(t.consultationId, t.name)],
);

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    displayName: text("display_name").notNull(),
    joinedAt: at("joined_at").notNull().defaultNow(),
  },
  (t) => [index("participants_consultation").on(t.consultationId)],
);

export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  consultationId: uuid("consultation_id")
    .notNull()
    .references(() => consultations.id, { onDelete: "cascade" }),
  delegationId: uuid("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
  role: text("role").notNull(),
  /** SHA-256 of the token; the token itself is never stored. */
  tokenHash: text("token_hash").notNull().unique(),
  label: text("label"),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  createdAt: createdAt(),
});

export const sessions = pgTable("sessions", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  participantId: uuid("participant_id")
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  invitationId: uuid("invitation_id")
    .notNull()
    .references(() => invitations.id, { onDelete: "cascade" }),
  expiresAt: at("expires_at").notNull(),
  revokedAt: at("revoked_at"),
  createdAt: createdAt(),
});

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    question: text("question").notNull().default(""),
    status: text("status").notNull().default("pending"),
    timeBoxSeconds: integer("time_box_seconds"),
    speakingTimeSeconds: integer("speaking_time_seconds").notNull().default(180),
    openedAt: at("opened_at"),
    deadlineAt: at("deadline_at"),
    conclusion: text("conclusion"),
    concludedAt: at("concluded_at"),
  },
  (t) => [index("agenda_items_consultation").on(t.consultationId)],
);

export const floorRequests = pgTable(
  "floor_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    requestedAt: at("requested_at").notNull(),
    grantedAt: at("granted_at"),
    deadlineAt: at("deadline_at"),
    endedAt: at("ended_at"),
  },
  (t) => [index("floor_requests_consultation").on(t.consultationId)],
);

/** The append-only log: one row per change, written in the same transaction as the change. */
export const consultationEvents = pgTable(
  "consultation_events",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    payload: jsonb("payload").notNull(),
    actorId: uuid("actor_id"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.seq] })],
);

/** The first result of each idempotent command, per participant and client-made key. */
export const commandReceipts = pgTable(
  "command_receipts",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    command: text("command").notNull(),
    result: jsonb("result").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.key] })],
);
