import { ImapFlow } from "imapflow";
import { type IngestFn, parseEmail } from "./email-ingest.js";

export interface ImapPollerOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 993); false = plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  user: string;
  pass: string;
  /** Default INBOX. */
  mailbox?: string;
  /** Pause between polls. Default 60 s. */
  intervalMs?: number;
  ingest: IngestFn;
  logger?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

export interface ImapPoller {
  /** Stops after the message in hand and logs out. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 5 * 60_000;
// Set with \Seen on a message that can never be ingested, so it is not fetched again and can be found.
const REJECTED_KEYWORD = "$MundoRejected";

/**
 * Polls a mailbox for UNSEEN messages and ingests each; a message is flagged \Seen only after its ingest
 * resolved, so a crash or a storage failure leaves it for the next poll. Reconnects with backoff.
 */
export function startImapPoller(opts: ImapPollerOptions): ImapPoller {
  const mailbox = opts.mailbox ?? "INBOX";
  const intervalMs = opts.intervalMs ?? 60_000;
  let client: ImapFlow | null = null;
  let stopped = false;
  let wake: (() => void) | null = null;

  async function connected(): Promise<ImapFlow> {
    if (client?.usable) return client;
    client?.close();
    const c = new ImapFlow({ host: opts.host, port: opts.port, secure: opts.secure, auth: { user: opts.user, pass: opts.pass }, logger: false, disableAutoIdle: true });
    // Without a listener a dropped socket would crash the process; the next poll reconnects instead.
    c.on("error", (err: Error) => opts.logger?.warn({ err }, "imap connection error"));
    client = c;
    await c.connect();
    return c;
  }

  async function pollOnce(): Promise<number> {
    const c = await connected();
    const lock = await c.getMailboxLock(mailbox);
    let ingested = 0;
    try {
      const uids = (await c.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        if (stopped) break;
        const fetched = await c.fetchOne(String(uid), { source: true }, { uid: true });
        if (!fetched || !fetched.source) continue;
        let message;
        try {
          message = await parseEmail(fetched.source);
        } catch (err) {
          opts.logger?.warn({ err, uid, mailbox }, "imap message cannot be ingested; flagged and skipped");
          await c.messageFlagsAdd(String(uid), ["\\Seen", REJECTED_KEYWORD], { uid: true });
          continue;
        }
        // A failure here propagates: the message stays unseen and the poller backs off.
        await opts.ingest(message);
        await c.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
        ingested++;
      }
    } finally {
      lock.release();
    }
    return ingested;
  }

  // Closes a broken connection; the next poll opens a fresh one.
  function drop(): void {
    client?.close();
    client = null;
  }

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      let delay = intervalMs;
      try {
        const n = await pollOnce();
        if (n > 0) opts.logger?.info({ count: n, mailbox }, "imap messages ingested");
        failures = 0;
      } catch (err) {
        failures++;
        delay = Math.min(1000 * 2 ** (failures - 1), MAX_BACKOFF_MS);
        if (!stopped) opts.logger?.error({ err, retryInMs: delay }, "imap poll failed");
        drop();
      }
      if (!stopped) await pause(delay);
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      const c = client;
      client = null;
      if (c?.usable) await c.logout().catch(() => c.close());
      else c?.close();
    },
  };
}
