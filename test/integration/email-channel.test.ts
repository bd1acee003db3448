import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImapFlow } from "imapflow";
import { createEmailSender, type EmailSender, type SmtpInbound, startImapPoller, startSmtpInbound } from "../../src/modules/email/index.js";
import { startCaptureSmtp, startDovecot } from "../support/mail-servers.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

const SUPPORT = "support@mundo.test";
const JA = "お世話になっております。先週注文した商品がまだ届いていません。配送状況を確認していただけますでしょうか。";
const RU = "Здравствуйте! Я заказал новый телефон две недели назад, но посылка до сих пор не пришла. Подскажите, пожалуйста, где мой заказ?";
const AR = "مرحبا، طلبت هاتفا جديدا قبل أسبوعين ولم يصل الطرد حتى الآن. هل يمكنكم إخباري أين طلبي؟";
const ES = "Hola, mi pedido llegó roto. ¿Pueden enviarme una caja nueva, por favor?";

const jis = (s: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: "JIS", from: "UNICODE" }));
const word = (charset: string, bytes: Buffer) => `=?${charset}?B?${bytes.toString("base64")}?=`;

/** A raw single-part message in a legacy charset (nodemailer would relabel it UTF-8). */
function legacyMail(m: { from: string; fromName: string; subject: string; id: string; charset: string; cte: "7bit" | "8bit" | "base64"; encode: (s: string) => Buffer; body: string }): Buffer {
  const head = [
    `From: ${word(m.charset, m.encode(m.fromName))} <${m.from}>`,
    `To: ${SUPPORT}`,
    `Subject: ${word(m.charset, m.encode(m.subject))}`,
    `Message-ID: ${m.id}`,
    "Date: Mon, 04 May 2026 09:30:00 +0300",
    "MIME-Version: 1.0",
    `Content-Type: text/plain; charset=${m.charset}`,
    `Content-Transfer-Encoding: ${m.cte}`,
  ].join("\r\n");
  const body = m.cte === "base64" ? Buffer.from(m.encode(m.body).toString("base64").replace(/.{76}/g, "$&\r\n")) : m.encode(m.body);
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from("\r\n")]);
}

let t: TestApp;
let inbound: SmtpInbound;
let client: Transporter;
const sendRaw = (raw: Buffer, port = inbound.port) =>
  nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true }).sendMail({ envelope: { from: "mta@relay.test", to: [SUPPORT] }, raw });
const byExternal = async (id: string) => (await t.call("GET", `/api/v1/messages?channel=email&externalId=${encodeURIComponent(id)}`)).body;
const processed = (id: string) =>
  waitFor(async () => {
    const { items } = await byExternal(id);
    return items[0]?.state === "processed" ? items[0] : undefined;
  }, 30_000, `${id} processed`);

beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
  // Until src/app.ts wires the email routes itself.
  inbound = await startSmtpInbound({ port: 0, ingest: (m) => t.services.messages.ingest.ingest(m), allowedRecipients: [SUPPORT, "@help.mundo.test"] });
  client = nodemailer.createTransport({ host: "127.0.0.1", port: inbound.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  client?.close();
  await inbound?.close();
  await t?.close();
});

describe("email in over SMTP", () => {
  it("decodes ISO-2022-JP, KOI8-R and Windows-1256 exactly, acknowledges only stored mail, and detects the language", async () => {
    const mails = [
      { id: "<ja-1@shop.example.jp>", lang: "ja", body: JA, subject: "注文について", fromName: "山田太郎", raw: legacyMail({ from: "taro@example.jp", fromName: "山田太郎", subject: "注文について", id: "<ja-1@shop.example.jp>", charset: "ISO-2022-JP", cte: "7bit", encode: jis, body: JA }) },
      { id: "<ru-1@mail.example.ru>", lang: "ru", body: RU, subject: "Где мой заказ?", fromName: "Иван Петров", raw: legacyMail({ from: "ivan@example.ru", fromName: "Иван Петров", subject: "Где мой заказ?", id: "<ru-1@mail.example.ru>", charset: "KOI8-R", cte: "8bit", encode: (s) => iconv.encode(s, "koi8-r"), body: RU }) },
      { id: "<ar-1@mail.example.sa>", lang: "ar", body: AR, subject: "طلبي لم يصل", fromName: "محمد العلي", raw: legacyMail({ from: "mohammed@example.sa", fromName: "محمد العلي", subject: "طلبي لم يصل", id: "<ar-1@mail.example.sa>", charset: "windows-1256", cte: "base64", encode: (s) => iconv.encode(s, "windows-1256"), body: AR }) },
    ];
    for (const m of mails) {
      const info = await sendRaw(m.raw);
      expect(info.response).toMatch(/^250/);
      // 250 came after the commit: the message is there without waiting.
      expect((await byExternal(m.id)).total).toBe(1);
    }
    for (const m of mails) await processed(m.id);
    const list = await t.call("GET", "/api/v1/messages?channel=email&limit=200");
    for (const m of mails) {
      const got = list.body.items.find((x: { externalId: string }) => x.externalId === m.id);
      expect(got).toMatchObject({ channel: "email", direction: "in", language: m.lang, state: "processed", original: { subject: m.subject }, sender: { name: m.fromName } });
      expect(got.original.text).toBe(m.body);
    }
  });

  it("translates a Spanish email, keeps its attachment, threads the reply and stores a redelivery once", async () => {
    const pdf = Buffer.from("%PDF-1.4\n% factura 2026-117\n%%EOF\n");
    const first = { from: { name: "Lucía Fernández", address: "lucia@example.es" }, to: SUPPORT, subject: "Pedido roto", messageId: "<es-1@example.es>", text: ES, attachments: [{ filename: "factura-2026.pdf", content: pdf, contentType: "application/pdf" }] };
    await client.sendMail(first);
    await client.sendMail(first); // the sending MTA retried after a lost 250
    expect((await byExternal("<es-1@example.es>")).total).toBe(1);
    const m = await processed("<es-1@example.es>");
    expect(m).toMatchObject({ language: "es", translation: { to: "en", provenance: { engine: "apertium" } }, sender: { email: "lucia@example.es", name: "Lucía Fernández" } });
    expect(m.translation.text).toMatch(/order|box/i);
    expect(m.attachments).toEqual([expect.objectContaining({ filename: "factura-2026.pdf", contentType: "application/pdf", size: pdf.length })]);
    const download = await t.app.inject({ method: "GET", url: `/api/v1/messages/${m.id}/attachments/${m.attachments[0].id}`, headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    await client.sendMail({ from: first.from, to: SUPPORT, subject: "Re: Pedido roto", messageId: "<es-2@example.es>", inReplyTo: "<es-1@example.es>", references: ["<es-1@example.es>"], text: "¿Alguna novedad?" });
    const reply = (await byExternal("<es-2@example.es>")).items[0];
    expect(reply.conversationId).toBe(m.conversationId);
    const unrelated = { from: first.from, to: SUPPORT, subject: "Otra pregunta", messageId: "<es-3@example.es>", text: "¿Tienen cajas azules?" };
    await client.sendMail(unrelated);
    expect((await byExternal("<es-3@example.es>")).items[0].conversationId).not.toBe(m.conversationId);
  });

  it("refuses unknown recipients (550), oversize mail (552), and answers 451 while storage fails so the sender retries", async () => {
    const toStranger = client.sendMail({ from: "a@example.org", to: "someone-else@mundo.test", subject: "x", text: "x" });
    await expect(toStranger).rejects.toMatchObject({ responseCode: 550 });
    await client.sendMail({ from: "a@example.org", to: "billing@help.mundo.test", subject: "domain", messageId: "<dom-1@example.org>", text: "Hello" });
    expect((await byExternal("<dom-1@example.org>")).total).toBe(1);

    let down = true;
    const flaky = await startSmtpInbound({ port: 0, maxBytes: 4000, ingest: async (msg) => { if (down) throw new Error("database unavailable"); return t.services.messages.ingest.ingest(msg); } });
    try {
      const raw = Buffer.from("From: Kim <kim@example.kr>\r\nTo: support@mundo.test\r\nSubject: retry\r\nMessage-ID: <retry-1@example.kr>\r\n\r\n안녕하세요, 주문이 아직 도착하지 않았습니다.\r\n");
      await expect(sendRaw(raw, flaky.port)).rejects.toMatchObject({ responseCode: 451 });
      expect((await byExternal("<retry-1@example.kr>")).total).toBe(0);
      down = false;
      await sendRaw(raw, flaky.port);
      expect((await byExternal("<retry-1@example.kr>")).items[0].original.text).toBe("안녕하세요, 주문이 아직 도착하지 않았습니다.");
      const big = Buffer.concat([Buffer.from("From: kim@example.kr\r\nSubject: big\r\n\r\n"), Buffer.alloc(8000, "a")]);
      await expect(sendRaw(big, flaky.port)).rejects.toMatchObject({ responseCode: 552 });
    } finally {
      await flaky.close();
    }
  });
});

describe("email out", () => {
  let capture: Awaited<ReturnType<typeof startCaptureSmtp>>;
  let sender: EmailSender;
  beforeAll(async () => {
    capture = await startCaptureSmtp();
    sender = createEmailSender({ transport: { host: "127.0.0.1", port: capture.port, secure: false, ignoreTLS: true }, from: "Mundo Support <support@mundo.test>" });
    t.services.messages.senders.register(sender);
  });
  afterAll(async () => {
    sender?.close();
    await capture?.close();
  });

  it("sends the Spanish translation threaded under the customer's mail; the customer's answer threads back", async () => {
    const inboundMsg = (await byExternal("<es-2@example.es>")).items[0];
    const sent = await t.call("POST", `/api/v1/conversations/${inboundMsg.conversationId}/replies`, { text: "We will send a new box today." });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ direction: "out", delivery: "sent", deliveryError: null, translation: { to: "es" } });
    expect(capture.received).toHaveLength(1);
    const mail = capture.received[0]!;
    expect(mail.envelopeTo).toEqual(["lucia@example.es"]);
    expect(mail.parsed.to).toMatchObject({ value: [{ address: "lucia@example.es", name: "Lucía Fernández" }] });
    expect(mail.parsed.subject).toBe("Re: Pedido roto");
    expect(mail.parsed.inReplyTo).toBe("<es-2@example.es>");
    expect(mail.parsed.text?.trim()).toBe(sent.body.translation.text);
    expect(sent.body.translation.text).toMatch(/caja/i);
    expect(mail.parsed.messageId).toBe(sent.body.externalId);

    await client.sendMail({ from: "lucia@example.es", to: SUPPORT, subject: "Re: Re: Pedido roto", messageId: "<es-4@example.es>", inReplyTo: mail.parsed.messageId, text: "¡Gracias!" });
    expect((await byExternal("<es-4@example.es>")).items[0].conversationId).toBe(inboundMsg.conversationId);
  });

  it("marks a reply failed with the server's error when the recipient is refused", async () => {
    capture.state.refuse = true;
    try {
      const conv = (await byExternal("<es-1@example.es>")).items[0].conversationId;
      const sent = await t.call("POST", `/api/v1/conversations/${conv}/replies`, { text: "Your box is on its way." });
      expect(sent.status).toBe(201);
      expect(sent.body.delivery).toBe("failed");
      expect(sent.body.deliveryError).toMatch(/550|mailbox unavailable/);
    } finally {
      capture.state.refuse = false;
    }
  });

  it("can send Japanese replies in ISO-2022-JP", async () => {
    const legacy = createEmailSender({ transport: { host: "127.0.0.1", port: capture.port, secure: false, ignoreTLS: true }, from: "Support <support@mundo.test>", iso2022jpForJapanese: true });
    t.services.messages.senders.register(legacy);
    try {
      const conv = (await byExternal("<ja-1@shop.example.jp>")).items[0].conversationId;
      const ja = "ご連絡ありがとうございます。本日、代わりの商品を発送いたします。";
      const sent = await t.call("POST", `/api/v1/conversations/${conv}/replies`, { text: "We will ship a replacement today.", translation: ja });
      expect(sent.body.delivery).toBe("sent");
      const mail = capture.received.at(-1)!;
      expect(mail.raw.toString("latin1")).toMatch(/Content-Type: text\/plain; charset=ISO-2022-JP/);
      expect(mail.raw.includes(jis(ja))).toBe(true);
      expect(mail.parsed.text?.trim()).toBe(ja);
      expect(mail.parsed.inReplyTo).toBe("<ja-1@shop.example.jp>");
      expect(mail.parsed.subject).toBe("Re: 注文について");
    } finally {
      legacy.close();
      t.services.messages.senders.register(sender);
    }
  });
});

describe("import of .eml and mbox files", () => {
  it("imports an mbox (byte-exact legacy charsets, >From unescaped), skipping a Message-ID already stored", async () => {
    const mbox = Buffer.concat([
      Buffer.from("From lucia@example.es Mon May  4 10:00:00 2026\nFrom: Lucia <lucia@example.es>\nSubject: Caja\nMessage-ID: <mbox-1@example.es>\n\nHola.\n>From the warehouse: la caja sigue rota.\n\n"),
      Buffer.from("From ivan@example.ru Mon May  4 11:00:00 2026\nFrom: ivan@example.ru\nSubject: Заказ\nMessage-ID: <mbox-2@example.ru>\nContent-Type: text/plain; charset=KOI8-R\nContent-Transfer-Encoding: 8bit\n\n"),
      iconv.encode(RU, "koi8-r"),
      Buffer.from("\n\nFrom lucia@example.es Mon May  4 12:00:00 2026\nFrom: lucia@example.es\nMessage-ID: <es-1@example.es>\n\nPedido roto\n"),
    ]);
    const res = await t.call("POST", "/api/v1/email/import", { mbox: mbox.toString("base64"), base64: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 2, duplicates: 1, failed: [] });
    expect((await byExternal("<mbox-1@example.es>")).items[0].original.text).toBe("Hola.\nFrom the warehouse: la caja sigue rota.");
    expect((await byExternal("<mbox-2@example.ru>")).items[0].original.text).toBe(RU);
    expect((await t.call("POST", "/api/v1/email/import", { mbox: mbox.toString("base64"), base64: true })).body).toEqual({ imported: 0, duplicates: 3, failed: [] });
  });

  it("imports a single .eml idempotently even without a Message-ID, reports unusable messages and rejects bad input", async () => {
    const eml = "From: Ana <ana@example.pt>\r\nSubject: Olá\r\n\r\nBom dia, a minha encomenda ainda não chegou.\r\n";
    expect((await t.call("POST", "/api/v1/email/import", { eml })).body).toEqual({ imported: 1, duplicates: 0, failed: [] });
    expect((await t.call("POST", "/api/v1/email/import", { eml: Buffer.from(eml).toString("base64"), base64: true })).body).toEqual({ imported: 0, duplicates: 1, failed: [] });
    const noSender = await t.call("POST", "/api/v1/email/import", { eml: "Subject: anonymous\r\n\r\nhello\r\n" });
    expect(noSender.body).toMatchObject({ imported: 0, failed: [{ index: 0, error: expect.stringMatching(/sender/) }] });
    expect((await t.call("POST", "/api/v1/email/import", {})).body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "eml" });
    expect((await t.call("POST", "/api/v1/email/import", { eml: "%%%", base64: true })).body.error.field).toBe("eml");
    expect((await t.call("POST", "/api/v1/email/import", { eml, extra: 1 })).body.error.field).toBe("extra");
    expect((await t.call("POST", "/api/v1/email/import", { eml }, null)).status).toBe(401);
  });
});

describe("IMAP poller against Dovecot", () => {
  it("ingests unseen mail, flags it seen only after it is stored, and retries while storage fails", async () => {
    const dovecot = await startDovecot();
    const imap = new ImapFlow({ host: "127.0.0.1", port: dovecot.port, secure: false, auth: { user: "support", pass: "secret" }, logger: false });
    let down = true;
    let attempts = 0;
    const poller = startImapPoller({ host: "127.0.0.1", port: dovecot.port, secure: false, user: "support", pass: "secret", intervalMs: 200, ingest: async (m) => { attempts++; if (down) throw new Error("database unavailable"); return t.services.messages.ingest.ingest(m); } });
    const flags = async () => {
      const lock = await imap.getMailboxLock("INBOX");
      try {
        const out: Record<string, string[]> = {};
        for await (const m of imap.fetch("1:*", { envelope: true, flags: true })) out[m.envelope?.subject ?? ""] = [...(m.flags ?? [])].sort();
        return out;
      } finally {
        lock.release();
      }
    };
    try {
      await imap.connect();
      await imap.append("INBOX", "From: Sofia <sofia@example.it>\r\nSubject: ordine\r\nMessage-ID: <imap-1@example.it>\r\n\r\nBuongiorno, il mio ordine non è ancora arrivato.\r\n");
      await imap.append("INBOX", "From: old@example.it\r\nSubject: old\r\nMessage-ID: <imap-old@example.it>\r\n\r\nalready read\r\n", ["\\Seen"]);
      await imap.append("INBOX", "Subject: nobody\r\n\r\nno sender\r\n");
      await waitFor(async () => attempts >= 2, 10_000, "ingest attempts");
      expect((await flags()).ordine).toEqual([]);
      down = false;
      await waitFor(async () => (await byExternal("<imap-1@example.it>")).total === 1, 15_000, "imap message stored");
      const f = await waitFor(async () => { const x = await flags(); return x.ordine?.includes("\\Seen") && x.nobody?.includes("\\Seen") ? x : undefined; }, 10_000, "seen flags");
      expect(f.nobody).toEqual(["$MundoRejected", "\\Seen"]);
      expect((await byExternal("<imap-old@example.it>")).total).toBe(0);
      expect((await byExternal("<imap-1@example.it>")).items[0].original.text).toBe("Buongiorno, il mio ordine non è ancora arrivato.");
    } finally {
      await poller.stop();
      await imap.logout().catch(() => undefined);
      await dovecot.stop();
    }
  });
});
