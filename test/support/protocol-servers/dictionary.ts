// A tiny en↔es/fr/de dictionary standing in for a real MT model: whole sentences first, then word by word
// (unknown words kept), HTML tags passed through untouched. Other pairs go through English.

type Lang = "es" | "fr" | "de";
type Entry = Record<Lang, string>;

const SENTENCES: Record<string, Entry> = {
  "good morning": { es: "Buenos días", fr: "Bonjour", de: "Guten Morgen" },
  "thank you very much": { es: "Muchas gracias", fr: "Merci beaucoup", de: "Vielen Dank" },
  "where is my order?": { es: "¿Dónde está mi pedido?", fr: "Où est ma commande ?", de: "Wo ist meine Bestellung?" },
  "the invoice is ready.": { es: "La factura está lista.", fr: "La facture est prête.", de: "Die Rechnung ist fertig." },
};

const WORDS: Record<string, Entry> = {
  hello: { es: "hola", fr: "bonjour", de: "hallo" },
  customer: { es: "cliente", fr: "client", de: "Kunde" },
  order: { es: "pedido", fr: "commande", de: "Bestellung" },
  invoice: { es: "factura", fr: "facture", de: "Rechnung" },
  price: { es: "precio", fr: "prix", de: "Preis" },
  new: { es: "nuevo", fr: "nouveau", de: "neu" },
  and: { es: "y", fr: "et", de: "und" },
  my: { es: "mi", fr: "ma", de: "meine" },
  thanks: { es: "gracias", fr: "merci", de: "danke" },
};

const isLang = (l: string): l is Lang => l === "es" || l === "fr" || l === "de";

/** `EN-US` → `en`, `zh-Hans` → `zh`, `pb` → `pb`. */
export const baseLanguage = (code: string): string => code.toLowerCase().split(/[-_]/)[0] ?? code;

function lookup(table: Record<string, Entry>, phrase: string, from: string, to: string): string | undefined {
  const key = phrase.toLowerCase();
  let english: string | undefined;
  if (from === "en") english = key in table ? key : undefined;
  else if (isLang(from)) english = Object.keys(table).find((k) => table[k]![from].toLowerCase() === key);
  if (english === undefined) return undefined;
  if (to === "en") return english;
  return isLang(to) ? table[english]![to] : undefined;
}

const matchCase = (source: string, out: string): string =>
  /^\p{Lu}/u.test(source) ? out.charAt(0).toUpperCase() + out.slice(1) : out;

/** Translates plain text between vendor codes (any case or variant). */
export function translateText(text: string, fromCode: string, toCode: string): string {
  const from = baseLanguage(fromCode);
  const to = baseLanguage(toCode);
  if (from === to) return text;
  const trimmed = text.trim();
  const sentence = lookup(SENTENCES, trimmed, from, to);
  if (sentence !== undefined) return text.replace(trimmed, matchCase(trimmed, sentence));
  return text.replace(/\p{L}+/gu, (word) => {
    const hit = lookup(WORDS, word, from, to);
    return hit === undefined ? word : matchCase(word, hit);
  });
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
export const unescapeHtml = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * Translates the text between tags and keeps the tags. With `entities` (Google's behaviour) text nodes are
 * decoded before and HTML-escaped after translation; without it they pass through as written.
 */
export function translateHtml(html: string, from: string, to: string, entities = false): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<") || !part.trim()) return part;
      return entities ? escapeHtml(translateText(unescapeHtml(part), from, to)) : translateText(part, from, to);
    })
    .join("");
}
