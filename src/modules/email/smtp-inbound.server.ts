import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";
import { SMTPServer } from "smtp-server";
import { type IngestFn, parseEmail } from "./email-ingest.js";

export interface SmtpInboundOptions {
  /** 0 = any free port. Default 2525. */
  port?: number;
  /** Default 127.0.0.1: put an MTA (Postfix, …) in front for the internet. */
  host?: string;
  ingest: IngestFn;
  /** Addresses (or "@domain" for a whole domain) accepted as recipients; empty or absent = any. */
  allowedRecipients?: string[];
  /** Largest message accepted, in bytes. Default 25 MB. */
  maxBytes?: number;
  logger?: { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

export interface SmtpInbound {
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string): Error => Object.assign(new Error(message), { responseCode: code });

// Past the limit the rest is drained, not kept: a client cannot make us buffer an endless message.
function readAtMost(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= maxBytes) chunks.push(c);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/**
 * Receives mail over SMTP (no auth, no TLS: meant for loopback behind an MTA). A message is acknowledged
 * (250) only after it is stored; a storage failure answers 451 so the sending MTA retries later.
 */
export async function startSmtpInbound(opts: SmtpInboundOptions): Promise<SmtpInbound> {
  const maxBytes = opts.maxBytes ?? 25 * 1024 * 1024;
  const allowed = (opts.allowedRecipients ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean);
  const accepts = (address: string): boolean => {
    if (allowed.length === 0) return true;
    const a = address.toLowerCase();
    return allowed.some((entry) => (entry.startsWith("@") ? a.endsWith(entry) : a === entry));
  };

  const server = new SMTPServer({
    name: "mundo",
    banner: "Mundo inbound mail",
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    size: maxBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!accepts(address.address)) return callback(smtpError(550, `5.1.1 <${address.address}>: recipient not accepted here`));
      callback();
    },
    onData(stream, session, callback) {
      void (async () => {
        const raw = await readAtMost(stream, maxBytes);
        // smtp-server reads past the limit so the client gets a clean reply after DATA; refuse it here.
        if (stream.sizeExceeded) throw smtpError(552, `5.3.4 message exceeds the ${maxBytes}-byte limit`);
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
        let message;
        try {
          message = await parseEmail(raw, { envelopeFrom: envelopeFrom || undefined });
        } catch (err) {
          throw smtpError(554, `5.6.0 ${(err as Error).message}`);
        }
        try {
          await opts.ingest(message);
        } catch (err) {
          opts.logger?.error({ err, externalId: message.externalId }, "inbound email could not be stored");
          throw smtpError(451, "4.3.0 temporary failure storing the message, try again later");
        }
      })().then(
        () => callback(),
        (err: Error & { responseCode?: number }) => {
          if (err.responseCode) return callback(err);
          opts.logger?.error({ err }, "inbound email failed");
          callback(smtpError(451, "4.3.0 temporary failure, try again later"));
        },
      );
    },
  });
  server.on("error", (err) => opts.logger?.warn({ err }, "smtp connection error"));

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(opts.port ?? 2525, opts.host ?? "127.0.0.1", () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
