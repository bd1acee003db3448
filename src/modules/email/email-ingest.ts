import { createHash } from "node:crypto";
import { type AddressObject, simpleParser } from "mailparser";
import { htmlToText } from "../../shared/html.js";
import type { InboundMessage } from "../messages/index.js";

/** What the email channel needs from the messages module: `services.messages.ingest.ingest`. */
export type IngestFn = (message: InboundMessage) => Promise<{ created: boolean }>;

/** A message that can never be ingested (no sender address, not a message): retrying will not help. */
export class UnusableEmailError extends Error {
  override name = "UnusableEmailError";
}

export const EMAIL_CHANNEL = "email";

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value).flatMap((a) => (a.address ? [a.address] : []));

// mailparser gives ids with their angle brackets; a missing bracket (sloppy mailers) is added so ids compare equal.
const normaliseId = (id: string): string => {
  const trimmed = id.trim();
  return trimmed.startsWith("<") ? trimmed : `<${trimmed.replace(/>$/, "")}>`;
};

const idList = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter((v) => v.trim() !== "").map(normaliseId);

/**
 * Parses a raw RFC 822 message (any legacy charset mailparser knows) into an InboundMessage.
 * `envelopeFrom` (SMTP MAIL FROM) stands in when the From header has no address.
 */
export async function parseEmail(raw: Buffer, options: { envelopeFrom?: string } = {}): Promise<InboundMessage> {
  if (raw.length === 0) throw new UnusableEmailError("empty message");
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const from = mail.from?.value.find((a) => a.address);
  const email = from?.address ?? options.envelopeFrom;
  if (!email) throw new UnusableEmailError("the message has no sender address (From)");

  const messageId = mail.messageId ? normaliseId(mail.messageId) : undefined;
  const inReplyTo = idList(mail.inReplyTo);
  const references = idList(mail.references);
  const html = typeof mail.html === "string" ? mail.html : undefined;
  // A message without a Message-ID is identified by its content, so a redelivery is still one message.
  const externalId = messageId ?? `sha256:${createHash("sha256").update(raw).digest("hex")}`;

  return {
    channel: EMAIL_CHANNEL,
    externalId,
    customer: { email, ...(from?.name ? { name: from.name } : {}) },
    // Trailing line breaks are MIME framing, not content.
    text: (mail.text ?? (html ? htmlToText(html) : "")).replace(/\s+$/, ""),
    ...(html ? { html } : {}),
    ...(mail.subject ? { subject: mail.subject } : {}),
    ...(mail.date ? { sentAt: mail.date } : {}),
    references: [...new Set([...inReplyTo, ...references])],
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType || "application/octet-stream", content: a.content })),
    metadata: {
      messageId: messageId ?? null,
      inReplyTo: inReplyTo[0] ?? null,
      references,
      to: addresses(mail.to),
      cc: addresses(mail.cc),
    },
  };
}

export interface ImportResult {
  imported: number;
  duplicates: number;
  failed: { index: number; error: string }[];
}

/** Parses and ingests raw messages one after another; one bad message does not stop the rest. */
export async function importRawEmails(raws: Buffer[], ingest: IngestFn): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, duplicates: 0, failed: [] };
  for (const [index, raw] of raws.entries()) {
    try {
      const { created } = await ingest(await parseEmail(raw));
      if (created) result.imported++;
      else result.duplicates++;
    } catch (err) {
      result.failed.push({ index, error: String((err as Error).message ?? err).slice(0, 500) });
    }
  }
  return result;
}
