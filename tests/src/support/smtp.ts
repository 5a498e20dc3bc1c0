import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A mail the test server received: who it was for, and its parsed subject and text. */
export type ReceivedMail = { to: string[]; subject: string; text: string };

/** A real SMTP server (`smtp-server`) on loopback; `refuse` may turn recipients away with a 550. */
export type TestSmtpServer = {
  port: number;
  received: ReceivedMail[];
  /** How many times each recipient was turned away. */
  refusals: Map<string, number>;
  close(): Promise<void>;
};

/** Starts the SMTP server on `port` (0: any free one); no TLS, no authentication. */
export async function startSmtpServer(
  options: { port?: number; refuse?: (recipient: string, refusedSoFar: number) => boolean } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const so = refusals.get(address.address) ?? 0;
      if (options.refuse?.(address.address, so)) {
        refusals.set(address.address, so + 1);
        const error = Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    received,
    refusals,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
