export { EMAIL_CHANNEL, type ImportResult, type IngestFn, importRawEmails, parseEmail, UnusableEmailError } from "./email-ingest.js";
export { createEmailSender, type EmailSender, type EmailSenderOptions, type Mailer, type PlainMail } from "./email-sender.js";
export { registerEmailRoutes } from "./email.routes.js";
export { type ImapPoller, type ImapPollerOptions, startImapPoller } from "./imap-poller.js";
export { joinMbox, splitMbox } from "./mbox-import.js";
export { type SmtpInbound, type SmtpInboundOptions, startSmtpInbound } from "./smtp-inbound.server.js";
