import { Decoder, Encoder, type Packet, PacketType } from "socket.io-parser";

/** Values sent unchanged to many sockets, with their JSON once computed. */
const encoded = new WeakMap<object, string | null>();

/**
 * Marks a value that will be sent as it is to many sockets and never changed afterwards (a
 * snapshot answered to every client of a join storm): its JSON is then computed once, not once
 * per socket. Returns the value.
 */
export function sendShared<T extends object>(value: T): T {
  if (!encoded.has(value)) encoded.set(value, null);
  return value;
}

/**
 * Socket.IO's own encoder, except that an event or acknowledgement whose only argument was
 * marked with `sendShared` reuses that argument's JSON. The output is byte for byte what the
 * default encoder writes (`<type><nsp,><id>[<json>]`), so clients use the default parser.
 */
class SharedEncoder extends Encoder {
  override encode(packet: Packet) {
    const data: unknown = packet.data;
    const only = Array.isArray(data) && data.length === 1 ? (data[0] as unknown) : undefined;
    const shared =
      (packet.type === PacketType.EVENT || packet.type === PacketType.ACK) && only && typeof only === "object";
    if (!shared || !encoded.has(only)) return super.encode(packet);
    let json = encoded.get(only);
    if (!json) {
      json = JSON.stringify(only);
      encoded.set(only, json);
    }
    const namespace = packet.nsp && packet.nsp !== "/" ? `${packet.nsp},` : "";
    return [`${packet.type}${namespace}${packet.id ?? ""}[${json}]`];
  }
}

/** The parser for `new Server(…, { parser })`. */
export const sharedEncodingParser = { Encoder: SharedEncoder, Decoder };
