import Encoding from "encoding-japanese";
import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type Mail from "nodemailer/lib/mailer/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import type { ChannelSender, OutboundReply } from "../messages/index.js";
import { EMAIL_CHANNEL } from "./email-ingest.js";

export interface EmailSenderOptions {
  /** nodemailer SMTP options: host, port, secure, auth, ignoreTLS, … */
  transport: SMTPTransport.Options;
  /** The From of every reply, e.g. `Support <support@example.com>`; its domain names the Message-IDs. */
  from: string;
  /**
   * Japanese replies in ISO-2022-JP (what older Japanese mail clients expect) instead of UTF-8.
   * Only the body is re-encoded; headers stay UTF-8 encoded-words, which those clients read.
   */
  iso2022jpForJapanese?: boolean;
}

/** A plain notification email (alerts, surveys): not part of a conversation. */
export interface PlainMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  language?: string;
}

export interface Mailer {
  send(mail: PlainMail): Promise<{ messageId: string }>;
}

export interface EmailSender extends ChannelSender, Mailer {
  close(): void;
}

const addressOf = (from: string): string => (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
const domainOf = (from: string): string => addressOf(from).split("@")[1]?.toLowerCase() || "mundo.invalid";
const isMessageId = (id: string | undefined): id is string => !!id && /^<[^<>\s]+@[^<>\s]+>$/.test(id);

function replySubject(reply: OutboundReply): string {
  const subject = (reply.conversation.subject ?? reply.lastInbound?.original.subject ?? "").trim();
  if (!subject) return "Re: your message";
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

// nodemailer labels every text body utf-8 whatever contentType says, so the body part is swapped after
// composing: same headers, but charset=ISO-2022-JP and the 7-bit JIS bytes (encoding-japanese; iconv-lite can't).
async function composeIso2022jp(mail: Mail.Options, text: string): Promise<Buffer> {
  const built = await new MailComposer({ ...mail, text: "-" }).compile().build();
  const raw = built.toString("latin1");
  const end = raw.indexOf("\r\n\r\n");
  const headers = raw
    .slice(0, end)
    .split(/\r\n(?![ \t])/)
    .filter((h) => !/^content-(type|transfer-encoding):/i.test(h));
  const jis = Encoding.convert(Encoding.stringToCode(text.replace(/\r?\n/g, "\r\n")), { to: "JIS", from: "UNICODE" });
  const body = Buffer.from(jis).toString("latin1");
  return Buffer.from(
    [...headers, "Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"].join("\r\n") + "\r\n\r\n" + body + "\r\n",
    "latin1",
  );
}

/**
 * Sends agent replies by SMTP, threaded under the customer's last message (In-Reply-To/References).
 * Each reply's own Message-ID becomes its externalId, so the customer's answer threads back to it.
 */
export function createEmailSender(options: EmailSenderOptions): EmailSender {
  // Bounded timeouts: delivery runs inside the agent's reply request.
  const transport = nodemailer.createTransport({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, ...options.transport });
  const domain = domainOf(options.from);

  return {
    channel: EMAIL_CHANNEL,
    close: () => transport.close(),
    async send(mail) {
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.language ? { headers: { "Content-Language": mail.language } } : {}),
      });
      if (info.rejected.length > 0) throw new Error(`recipient refused: ${info.rejected.map(String).join(", ")}`);
      return { messageId: info.messageId };
    },
    async deliver(reply) {
      const to = reply.customer?.emails[0];
      if (!to) throw new Error("the customer has no email address");
      // Derived from the stored message id, so a retried delivery keeps the same Message-ID.
      const messageId = `<mundo-${reply.message.id}@${domain}>`;
      const parent = isMessageId(reply.lastInbound?.externalId) ? reply.lastInbound.externalId : undefined;
      const mail: Mail.Options = {
        from: options.from,
        to: reply.customer?.name ? { name: reply.customer.name, address: to } : to,
        subject: replySubject(reply),
        messageId,
        date: new Date(reply.message.sentAt),
        ...(parent ? { inReplyTo: parent, references: [parent] } : {}),
        headers: { "Content-Language": reply.language },
      };
      const legacy = options.iso2022jpForJapanese === true && /^ja\b/i.test(reply.language);
      const info = legacy
        ? await transport.sendMail({ envelope: { from: addressOf(options.from), to }, raw: await composeIso2022jp(mail, reply.text) })
        : await transport.sendMail({ ...mail, text: reply.text });
      if (info.rejected.length > 0) throw new Error(`recipient refused: ${info.rejected.map(String).join(", ")}`);
      return {
        externalId: messageId,
        metadata: { messageId, to, inReplyTo: parent ?? null, charset: legacy ? "ISO-2022-JP" : "UTF-8", smtpResponse: info.response },
      };
    },
  };
}
