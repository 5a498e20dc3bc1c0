import { z } from "zod";
import type { Ack } from "./ack.js";
import type { CommandInput, CommandName, CommandResult } from "./commands.js";
import type { PollWaiting } from "./decisions/polls.js";
import { roleSchema } from "./domain/enums.js";
import type { ConsultationEvent } from "./log.js";
import type { SessionEnded } from "./session.js";
import type { SnapshotBytes } from "./snapshot-bytes.js";
import type { Snapshot } from "./state.js";

/**
 * A secret poll's tallied board, its last part for the pages that followed it to `since`: the very
 * text `GET …/board?since=<since>` answers, announced to the room once at the tally so that the
 * room's pages do not all ask for the same bytes at the same moment. A page that followed the board
 * to another cursor (or on another node) reads its own part, as before.
 */
export const boardFinalSchema = z.object({
  pollId: z.string().max(100),
  since: z.string().max(200),
  text: z.string(),
});
export type BoardFinal = z.infer<typeof boardFinalSchema>;

/** A client's catch-up request: the last sequence number it holds, or null for none. */
export const syncRequestSchema = z.strictObject({ lastSeq: z.number().int().min(0).nullable() });
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/**
 * What a client puts in Socket.IO's handshake `auth` (read again at every reconnect): the same
 * `{ lastSeq }` as a `sync`, so that the server sends the catch-up (`catch-up`) as soon as the socket
 * connects, without waiting a round trip for the client to ask. A handshake without it gets no
 * catch-up until the client sends `sync`.
 */
export const handshakeAuthSchema = syncRequestSchema;
export type HandshakeAuth = SyncRequest;

/** The events a client missed, or a whole snapshot when it is too far behind (see `requestSync`). */
export type SyncResult = { kind: "events"; events: ConsultationEvent[] } | { kind: "snapshot"; snapshot: Snapshot };

/**
 * What `sync` acknowledges: the events missed, or word that the snapshot at `seq` went out just
 * before as a `snapshot` event. A snapshot travels as an event so that every socket catching up
 * in the same moment (a room reconnecting after a network cut) receives one frame, encoded once.
 */
export type SyncAnswer = { kind: "events"; events: ConsultationEvent[] } | { kind: "snapshot-sent"; seq: number };

/** Who is connected, by person; delegations are derived from it on the client. */
export type PresenceState = { online: string[] };
/** Who came online and who went offline since the last announcement (participant ids). */
export type PresenceChange = { came: string[]; went: string[] };

/** A presence list with a change applied (what a client holds after `presence:changed`). */
export function applyPresenceChange(online: Iterable<string>, change: PresenceChange): Set<string> {
  const next = new Set(online);
  for (const id of change.went) next.delete(id);
  for (const id of change.came) next.add(id);
  return next;
}

/** The signed-in person, as the server knows them from their session. */
export const meSchema = z.object({
  participantId: z.string(),
  consultationId: z.string(),
  role: roleSchema,
  delegationId: z.string().nullable(),
  displayName: z.string(),
});
export type Me = z.infer<typeof meSchema>;

/** Client → server: one event per command, each with an acknowledgement. */
export type ClientToServerEvents = {
  [C in CommandName]: (payload: CommandInput<C>, ack: (result: Ack<CommandResult>) => void) => void;
} & {
  sync: (request: SyncRequest, ack: (result: Ack<SyncAnswer>) => void) => void;
};

/** Server → client. */
export type ServerToClientEvents = {
  /** The whole state (its JSON as UTF-8, see `decodeSnapshot`), sent just before the answer to a `sync` (or the `catch-up`) that needs it. */
  snapshot: (bytes: SnapshotBytes) => void;
  /** Once on connect, when the handshake's `auth` carried `{ lastSeq }`: the catch-up a `sync` would have answered. */
  "catch-up": (answer: Ack<SyncAnswer>) => void;
  /** Committed events, in sequence order, as soon as they commit. */
  events: (events: ConsultationEvent[]) => void;
  /** Who is connected: the whole list, once to each socket that connected since the last announcement. */
  presence: (presence: PresenceState) => void;
  /** Who came and went since the last announcement, to the sockets that already hold the list. */
  "presence:changed": (change: PresenceChange) => void;
  /** Sent once on connect: who the server takes this socket to be. */
  welcome: (me: Me) => void;
  /** The server may have missed relaying other nodes' events (Redis was away): sync now. */
  resync: () => void;
  /** The session ended (signed out, replaced, revoked, expired, idle); the socket is closed next. */
  "session:ended": (ended: SessionEnded) => void;
  /** To the chair only: who has not voted yet in each open named poll whose results show at close. */
  "poll:waiting": (waiting: PollWaiting[]) => void;
  /** To the room, once at a secret poll's tally: its board's last part for the pages that followed it. */
  "board:final": (final: BoardFinal) => void;
};

/** Each server → client event's payload and moment, for the protocol reference (generated into `shared/README.md`). */
export const serverEventDocs = {
  welcome: { payload: "`Me`", when: "once, on connect: who the server takes this socket to be" },
  snapshot: {
    payload: "`Snapshot` as JSON in UTF-8, one binary attachment",
    when: "just before a `sync` answer or a `catch-up` of kind `snapshot-sent` (see Catch-up)",
  },
  "catch-up": {
    payload: "`Ack<SyncAnswer>`",
    when: "once, on connect, after `welcome`, when the handshake's `auth` is `{ lastSeq }`: what `sync { lastSeq }` would have answered (see Catch-up)",
  },
  events: {
    payload: "`ConsultationEvent[]` in `seq` order",
    when: "after each commit; changes committed in the same tick travel together",
  },
  presence: {
    payload: "`{ online: participantId[] }`",
    when: "the whole list, once to each socket after it connects, with the next announcement (coalesced, read across nodes)",
  },
  "presence:changed": {
    payload: "`{ came: participantId[], went: participantId[] }`",
    when: "after anyone connects or leaves (coalesced; a large room waits longer between announcements), to the sockets that already had the list: apply it to the list held",
  },
  resync: {
    payload: "none",
    when: "the node may have missed other nodes' events (Redis was away and is back): the client syncs again",
  },
  "session:ended": {
    payload: "`SessionEnded`",
    when: "the session ended (signed out, replaced, revoked, expired, idle); the server closes the socket next",
  },
  "poll:waiting": {
    payload: "`PollWaiting[]` (`{ pollId, delegationIds }`)",
    when: "to the chair's sockets only (`whoMayRead.pollWaiting`): after each sync, and when a turnout of an open named poll with results at close changes",
  },
  "board:final": {
    payload: "`{ pollId, since, text }`: `text` is what `GET …/board?since=<since>` answers",
    when: "to the room, once after a secret poll's tally commits, when its node served parts of the board (see Following a board)",
  },
} as const satisfies { [E in keyof ServerToClientEvents]: { payload: string; when: string } };

/** The client → server events other than commands, for the protocol reference. */
export const clientEventDocs = {
  sync: {
    payload: "`{ lastSeq }` → `Ack<SyncAnswer>`",
    when: "on a (re)connect whose handshake did not carry `{ lastSeq }`, when a gap in `events` does not close, and after `resync` (see Catch-up)",
  },
} as const satisfies {
  [E in Exclude<keyof ClientToServerEvents, CommandName>]: { payload: string; when: string };
};

/** Server ↔ server over the adapter. */
export type InterServerEvents = Record<string, never>;

/** What the handshake attaches to each socket. */
export type SocketData = {
  me: Me;
  /** The session the handshake's cookie belongs to, so the server can end that session's sockets. */
  sessionId: string;
};
