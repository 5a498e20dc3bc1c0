import { errorCodeMeanings, errorCodes } from "./ack.js";
import { commandNames, commandSchemas } from "./commands.js";
import { eventTypes } from "./log.js";
import { clientEventDocs, serverEventDocs } from "./socket-events.js";

/**
 * The protocol reference's tables, made from the code: `shared/README.md` holds each between
 * `<!-- generated:<name> -->` and `<!-- /generated:<name> -->`, `pnpm docs:protocol` rewrites
 * them, and a test fails when the file and the code disagree. The prose around them stays by hand.
 */
export type TableName = "server-events" | "client-events" | "commands" | "log-events" | "errors";

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
const code = (text: string) => `\`${text}\``;

/** A command's payload fields, `?` after those that may be left out; the idempotency key is implied. */
function payloadOf(name: (typeof commandNames)[number]): string {
  const schema = commandSchemas[name];
  const fields = Object.entries(schema.shape)
    .filter(([field]) => field !== "idempotencyKey")
    .map(([field, type]) => code(type.safeParse(undefined).success ? `${field}?` : field));
  return fields.length > 0 ? fields.join(", ") : "—";
}

export function protocolTables(): Record<TableName, string> {
  const byResource = new Map<string, string[]>();
  for (const type of eventTypes) {
    const resource = type.slice(0, type.indexOf(":"));
    byResource.set(resource, [...(byResource.get(resource) ?? []), code(type)]);
  }
  return {
    "server-events": table(
      ["event", "payload", "when"],
      Object.entries(serverEventDocs).map(([event, doc]) => [code(event), doc.payload, doc.when]),
    ),
    "client-events": table(
      ["event", "payload", "when"],
      Object.entries(clientEventDocs).map(([event, doc]) => [code(event), doc.payload, doc.when]),
    ),
    commands: table(
      ["command", "payload (besides `idempotencyKey`)"],
      commandNames.map((name) => [code(name), payloadOf(name)]),
    ),
    "log-events": table(
      ["resource", "event types"],
      [...byResource].map(([resource, types]) => [resource, types.join(", ")]),
    ),
    errors: table(
      ["code", "meaning"],
      errorCodes.map((name) => [code(name), errorCodeMeanings[name]]),
    ),
  };
}

const marker = /(<!-- generated:([a-z-]+) [^>]*-->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g;

/** `text` with every generated table replaced by the code's; unknown names are an error. */
export function withProtocolTables(text: string): string {
  const tables = protocolTables();
  const known = (name: string): name is TableName => Object.hasOwn(tables, name);
  return text.replace(marker, (_whole, open: string, name: string, close: string) => {
    if (!known(name)) throw new Error(`shared/README.md names an unknown generated table: ${name}`);
    return `${open}\n${tables[name]}\n${close}`;
  });
}

/** The names of the generated tables a text holds, in order. */
export const generatedTablesIn = (text: string): string[] => [...text.matchAll(marker)].map((match) => match[2] ?? "");
