import { Encoder, PacketType } from "socket.io-parser";
import { describe, expect, it } from "vitest";
import { sendShared, sharedEncodingParser } from "./shared-encoding.js";

const shared = new sharedEncodingParser.Encoder();
const plain = new Encoder();

describe("encoding a value shared by many sockets", () => {
  it("writes exactly what Socket.IO's own encoder writes, for acknowledgements and events", () => {
    const value = sendShared({ ok: true, data: { kind: "snapshot", text: 'quotes " and \u00e9', list: [1, null] } });
    for (const packet of [
      { type: PacketType.ACK, nsp: "/", id: 17, data: [value] },
      { type: PacketType.EVENT, nsp: "/", data: [value] },
      { type: PacketType.EVENT, nsp: "/admin", id: 3, data: [value] },
    ]) {
      expect(shared.encode(packet)).toEqual(plain.encode(packet));
      // The second time comes from the cache, and is the same.
      expect(shared.encode(packet)).toEqual(plain.encode(packet));
    }
  });

  it("leaves unmarked values and binary payloads to the default encoder", () => {
    const packet = { type: PacketType.EVENT, nsp: "/", data: ["events", { seq: 1 }] };
    expect(shared.encode(packet)).toEqual(plain.encode(packet));
    const binary = { type: PacketType.EVENT, nsp: "/", data: [{ bytes: Buffer.from([1, 2]) }] };
    expect(shared.encode(binary)).toEqual(plain.encode(binary));
  });
});
