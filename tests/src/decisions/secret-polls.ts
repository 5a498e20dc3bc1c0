import {
  type BallotFrame,
  type Board,
  type CommandInput,
  decryptShare,
  makeTrusteeKey,
  type SealedBallot,
  sealBallot,
  type TrusteeKey,
} from "@trilogue/shared";
import type { TestClient } from "../support/clients.js";
import type { TestServer } from "../support/server.js";
import type { Room } from "./room.js";

/**
 * The chair's trustee role as its browser plays it, with the same shared code: a key share per
 * secret poll, kept here (the browser keeps it in its storage), and a decryption share at close.
 */
export class ChairTrustee {
  readonly keys = new Map<string, TrusteeKey>();
  constructor(
    private readonly server: TestServer,
    private readonly room: Room,
  ) {}

  /** Creates a secret poll, publishes the chair's key share and opens it; returns its ballot frame. */
  async openSecretPoll(input: Partial<CommandInput<"poll:create">> = {}) {
    const { id } = await this.room.chair.must("poll:create", {
      itemId: this.room.item.id,
      question: "Should the Council consult T/PCCs before any change of POC mandate?",
      kind: "yes_no_abstain",
      secret: true,
      ...input,
    });
    const pollId = id ?? "";
    await this.publishKey(pollId);
    const opened = await this.room.chair.must("poll:open", { pollId });
    await this.room.chair.waitForSeq(opened.seq);
    return this.frameOf(pollId);
  }

  async publishKey(pollId: string) {
    const key = makeTrusteeKey(pollId, "chair");
    this.keys.set(pollId, key);
    return this.room.chair.must("trustee:publish-key", { pollId, share: key.share });
  }

  /** The frame a delegate's browser seals its ballot in, from the live state. */
  frameOf(pollId: string, client: TestClient = this.room.chair): BallotFrame {
    const poll = client.replica.state?.polls[pollId];
    const publicKey = poll?.sealing?.publicKey;
    if (!poll || !publicKey) throw new Error("the poll has no public key");
    return { pollId, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices };
  }

  /** Reads the board as the chair and sends the chair's partial decryptions. */
  async decrypt(pollId: string) {
    const key = this.keys.get(pollId);
    if (!key) throw new Error("no key for this poll");
    const board = await readBoard(this.server, this.room, this.room.chair, pollId);
    const partials = decryptShare(pollId, "chair", key.secret, board.aggregates ?? []);
    return this.room.chair.must("trustee:decrypt", { pollId, partials });
  }
}

/** A sealed ballot cast by a delegate. */
export async function castSealed(client: TestClient, frame: BallotFrame, choices: number[]): Promise<SealedBallot> {
  const sealed = sealBallot(frame, choices);
  await client.must("ballot:cast", { pollId: frame.pollId, sealed });
  return sealed;
}

/** A secret poll's bulletin board over HTTP, as `client` reads it. */
export async function readBoard(server: TestServer, room: Room, client: TestClient, pollId: string): Promise<Board> {
  const response = await fetch(`${server.url}/api/consultations/${room.consultationId}/polls/${pollId}/board`, {
    headers: { cookie: room.cookieOf(client) },
  });
  if (!response.ok) throw new Error(`board: ${response.status} ${await response.text()}`);
  return (await response.json()) as Board;
}

/** Publishes a fresh chair key share for a draft secret poll (as the chair's browser does); returns the key. */
export async function publishChairKey(chair: TestClient, pollId: string): Promise<TrusteeKey> {
  const key = makeTrusteeKey(pollId, "chair");
  const ack = await chair.must("trustee:publish-key", { pollId, share: key.share });
  await chair.waitForSeq(ack.seq);
  return key;
}

/** Seals a ballot for an open secret poll, with the key `client` sees in its live state. */
export function sealIn(client: TestClient, pollId: string, choices: number[]): SealedBallot {
  const poll = client.replica.state?.polls[pollId];
  const publicKey = poll?.sealing?.publicKey;
  if (!poll || !publicKey) throw new Error("the poll has no public key");
  return sealBallot({ pollId, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices }, choices);
}

/** The chair's decryption share of a closed secret poll, from the board read with the chair's cookie. */
export async function decryptAsChair(
  at: { url: string; consultationId: string; cookie: string },
  chair: TestClient,
  pollId: string,
  key: TrusteeKey,
) {
  const response = await fetch(`${at.url}/api/consultations/${at.consultationId}/polls/${pollId}/board`, {
    headers: { cookie: at.cookie },
  });
  if (!response.ok) throw new Error(`board: ${response.status} ${await response.text()}`);
  const board = (await response.json()) as Board;
  const ack = await chair.must("trustee:decrypt", {
    pollId,
    partials: decryptShare(pollId, "chair", key.secret, board.aggregates ?? []),
  });
  await chair.waitForSeq(ack.seq);
  return ack;
}
