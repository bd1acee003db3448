// Removes what says nothing about the writer's language before detection: quoted replies and forwarded
// mail (often in another language), signatures and "Sent from my iPhone" lines (in the device's language),
// links, addresses, handles, hashtags (mostly brand or campaign tags), order numbers and emoji.

const QUOTED_LINE = /^\s*>/;
const SIGNATURE_SEPARATOR = /^--\s?$/;
const DEVICE_LINE = new RegExp(
  "^\\s*(?:sent from (?:my (?:\\S+ ){0,2}\\S+|mail for windows(?: \\d+)?|yahoo mail(?: for \\S+)?|outlook(?: for \\S+)?)|" +
    "sent with \\S+|get outlook for \\S+|\\S+에서 보냄|\\S+'?(?:umdan|imden|dan|den) gönderildi|envoyé (?:de|depuis) mon \\S+|" +
    "von meinem \\S+ gesendet|gesendet von (?:meinem )?\\S+|enviado desde mi \\S+|enviado do meu \\S+|" +
    "inviato da(?:l mio)? \\S+|verzonden (?:vanaf|met) mijn \\S+|wysłane z (?:mojego )?\\S+|" +
    "отправлено с (?:моего )?\\S+|skickat från min \\S+|sendt fra min \\S+|lähetetty \\S+|" +
    "(?:从|從)我的\\s?\\S+\\s?(?:发送|發送)|(?:发|發)自我的\\s?\\S+|\\S+から送信)[\\s.!]*$",
  "i",
);
// "On Mon, 4 Mar 2024 John <j@x.com> wrote:" and its translations; mail clients may wrap it over two lines.
const REPLY_HEADER = new RegExp(
  "^\\s*(?:on\\b.{4,200}\\bwrote\\s?:|le\\b.{4,200}\\ba écrit\\s?:|am\\b.{4,200}\\bschrieb.{0,60}:|" +
    "el\\b.{4,200}\\bescribió\\s?:|il\\b.{4,200}\\bha scritto\\s?:|em\\b.{4,200}\\bescreveu\\s?:|" +
    "op\\b.{4,200}\\bschreef.{0,60}:|w dniu\\b.{4,200}\\bpisze\\s?:|den\\b.{4,200}\\bskrev.{0,60}:|" +
    ".{0,200}(?:写道|寫道)\\s?[:：]|.{0,200}(?:にメッセージを送信しました|のメッセージ)\\s?[:：]|" +
    "\\d{4}年\\d{1,2}月\\d{1,2}日.{0,120}[:：]|\\d{4}\\. ?\\d{1,2}\\. ?\\d{1,2}\\..{0,120}(?:작성|:)|" +
    ".{0,160}<[^<>\\s]+@[^<>\\s]+>\\s?[:：])\\s*$",
  "i",
);
const REPLY_HEADER_START = /^\s*(?:on|le|am|el|il|em|op|w dniu|den)\s/i;
const ORIGINAL_MESSAGE = new RegExp(
  "^\\s*-{2,}\\s*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|" +
    "message d'origine|message transféré|mensaje original|mensaje reenviado|messaggio originale|" +
    "messaggio inoltrato|mensagem original|mensagem encaminhada|oorspronkelijk bericht|doorgestuurd bericht|" +
    "wiadomość oryginalna|исходное сообщение|пересылаемое сообщение|原始邮件|原始郵件|転送メッセージ)\\s*-{2,}",
  "i",
);
const HEADER_FROM = /^\s*(?:from|von|de|da|van|od|от|från|fra|发件人|寄件者|差出人|보낸 사람)\s*[:：]/i;
const HEADER_SENT =
  /^\s*(?:sent|date|gesendet|datum|envoyé|date d'envoi|enviado|fecha|inviato|data|verzonden|wysłano|отправлено|дата|skickat|sendt|发送时间|日期|寄件日期|送信日時|날짜)\s*[:：]/i;

// Tokens dropped whole. The digit rule keeps to ASCII neighbours so it never eats unspaced CJK text. Long
// unbroken ASCII runs (encoded blobs, tracking links) go first and whole, which also keeps the other
// alternatives from backtracking through them.
const NOISE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- emoji with joiners and modifiers are matched on purpose
  [
    "[\\x21-\\x7e]{80,}",
    "\\b(?:https?:\\/\\/|ftp:\\/\\/|www\\.)\\S+",
    "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
    "(?<![\\w@])@\\w+",
    "#[\\p{L}\\p{N}_]+",
    "[A-Za-z0-9_./:,+\\-]*\\p{Nd}[\\p{Nd}A-Za-z_./:,+\\-]*",
    "[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\u{1F1E6}-\\u{1F1FF}\\uFE0F\\u200D\\u20E3]",
  ].join("|"),
  "gu",
);
// fastText splits words on spaces only, so "commande," is an unseen word to it; punctuation goes, except
// apostrophes and hyphens inside words (l'adresse, e-mail).
const PUNCTUATION = /[^\P{P}'’-]+|\p{S}+|['’-](?!\p{L})|(?<!\p{L})['’-]/gu;
const SPACES = /\s+/g;
const HAS_LETTER = /\p{L}/u;
// Cheap pre-check: digits, @, #, "://", "www." or emoji/symbol ranges; most chat text has none of them.
const NEEDS_NOISE_PASS = /[\p{Nd}@#\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|:\/\/|www\./iu;

/** Drops quoted replies, forwarded originals and signatures; keeps line structure for paragraph splitting. */
export function stripQuotesAndSignatures(text: string): string {
  if (!text.includes("\n")) return DEVICE_LINE.test(text) || SIGNATURE_SEPARATOR.test(text) ? "" : text;
  const lines = text.split(/\r?\n|\r/);
  const kept: string[] = [];
  let hasContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (QUOTED_LINE.test(line)) continue;
    if (SIGNATURE_SEPARATOR.test(line) || DEVICE_LINE.test(line)) break;
    const header = headerLength(lines, i);
    if (header > 0) {
      // Top-posted reply: everything below is the earlier mail. A header with nothing above it opens a
      // bottom-posted or forwarded mail, where the writer's text follows, so only the header goes.
      if (hasContent) break;
      i += header - 1;
      continue;
    }
    kept.push(line);
    if (!hasContent && HAS_LETTER.test(line)) hasContent = true;
  }
  return kept.join("\n");
}

// Number of lines (1–2) a reply or forward header spans at `i`, or 0.
function headerLength(lines: string[], i: number): number {
  const line = lines[i]!;
  if (ORIGINAL_MESSAGE.test(line) || REPLY_HEADER.test(line)) return 1;
  const next = lines[i + 1];
  if (next === undefined) return 0;
  if (REPLY_HEADER_START.test(line) && REPLY_HEADER.test(`${line} ${next}`)) return 2;
  if (HEADER_FROM.test(line)) {
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (HEADER_SENT.test(lines[j]!)) return 1;
  }
  return 0;
}

/** Removes links, e-mail addresses, @handles, #hashtags, tokens with digits, emoji and punctuation. */
export function stripNoise(text: string): string {
  const stripped = NEEDS_NOISE_PASS.test(text) ? text.replace(NOISE, " ") : text;
  return stripped.replace(PUNCTUATION, " ").replace(SPACES, " ").trim();
}

/**
 * The text to detect, as paragraphs (blank-line separated) that still contain letters once quotes,
 * signatures and noise are gone. Empty when nothing language-bearing is left.
 */
export function cleanText(text: string): string[] {
  const body = stripQuotesAndSignatures(text);
  const paragraphs: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const paragraph = stripNoise(block);
    if (paragraph !== "" && HAS_LETTER.test(paragraph)) paragraphs.push(paragraph);
  }
  return paragraphs;
}
