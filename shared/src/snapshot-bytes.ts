import type { Snapshot } from "./state.js";

/*
 * The platform's UTF-8 codecs: browsers and Node both have them, shared's ES-only lib does not
 * name them.
 */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

/**
 * A snapshot as it travels: its JSON, UTF-8 encoded, as a binary attachment. The server encodes a
 * snapshot once however many sockets it goes to (a room of 2,000 joining at once is sent the same
 * 600 KB hundreds of times); as an object, Socket.IO walked it for binary parts and serialised it
 * again at every broadcast. A browser receives an `ArrayBuffer`, Node a `Uint8Array` (a `Buffer`).
 */
export type SnapshotBytes = Uint8Array | ArrayBuffer;

/** What the server sends: the snapshot's JSON as UTF-8. */
export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(snapshot));
}

/** What the client reads back: the snapshot the server encoded. */
export function decodeSnapshot(bytes: SnapshotBytes): Snapshot {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // The server's own encoding of a `Snapshot`: parsed, not validated again (as events are not).
  return JSON.parse(new TextDecoder().decode(view));
}
