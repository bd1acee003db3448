import { primaryTag } from "../../language/language-tags.js";
import { foldForSearch } from "../../shared/search-text.js";
import { HANDOFF_LEXICON, type HandoffLexicon, UNSPACED } from "./handoff-lexicon.js";

/** Why a message counts as a request for a person. */
export interface HandoffMatch {
  /** Lexicon language that matched. */
  language: string;
  /** The folded lexicon entry (or "verb … target") that matched. */
  phrase: string;
  /** Which text matched: the customer's own words or the pipeline's translation of them. */
  in: "original" | "translation";
}

// Verb-final word order: "mit einem Mitarbeiter sprechen".
const BOTH_WAYS = new Set(["de", "nl", "tr"]);
const WINDOW = 4;
const SHORT_MESSAGE_WORDS = 3;
const SHORT_MESSAGE_CHARS = 8;

/** Folded for search (lower case, Latin/Greek/Cyrillic accents off), Arabic vowel marks and letter variants unified, anything but letters and digits as single spaces. */
export function foldText(text: string): string {
  return foldForSearch(text)
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

const wordMatches = (token: string, entry: string) => (entry.endsWith("*") ? token.startsWith(entry.slice(0, -1)) : token === entry);
const foldEntry = (entry: string) => (entry.endsWith("*") ? `${foldText(entry.slice(0, -1))}*` : foldText(entry));

// Lexicons folded once, the same way the messages are.
const FOLDED: Record<string, HandoffLexicon> = Object.fromEntries(
  Object.entries(HANDOFF_LEXICON).map(([lang, l]) => [lang, { phrases: l.phrases.map(foldText), verbs: l.verbs.map(foldEntry), targets: l.targets.map(foldEntry) }]),
);

function matchLexicon(lang: string, folded: string, tokens: string[]): string | null {
  const lex = FOLDED[lang];
  if (!lex) return null;
  if (UNSPACED.has(lang)) {
    const squeezed = folded.replace(/ /g, "");
    return lex.phrases.find((p) => squeezed.includes(p.replace(/ /g, ""))) ?? null;
  }
  const padded = ` ${tokens.join(" ")} `;
  const phrase = lex.phrases.find((p) => padded.includes(` ${p} `));
  if (phrase) return phrase;
  for (const [i, token] of tokens.entries()) {
    const verb = lex.verbs.find((v) => wordMatches(token, v));
    if (!verb) continue;
    const from = BOTH_WAYS.has(lang) ? Math.max(0, i - WINDOW) : i + 1;
    for (let j = from; j <= Math.min(tokens.length - 1, i + WINDOW); j++) {
      if (j === i) continue;
      const target = lex.targets.find((t) => wordMatches(tokens[j]!, t));
      if (target) return `${verb} … ${target}`;
    }
  }
  return null;
}

// A one-to-three-word message naming someone to talk to ("agent", "¿un humano?", "оператор", "人工").
// Very short messages are where language detection is weakest, so every lexicon is tried.
function matchShort(folded: string, tokens: string[]): { lang: string; phrase: string } | null {
  const squeezed = folded.replace(/ /g, "");
  for (const [lang, lex] of Object.entries(FOLDED)) {
    if (UNSPACED.has(lang)) {
      if (Array.from(squeezed).length > SHORT_MESSAGE_CHARS) continue;
      const hit = lex.targets.find((t) => squeezed.includes(t.replace(/ /g, "")));
      if (hit) return { lang, phrase: hit };
      continue;
    }
    if (tokens.length === 0 || tokens.length > SHORT_MESSAGE_WORDS) continue;
    for (const token of tokens) {
      const hit = lex.targets.find((t) => wordMatches(token, t));
      if (hit) return { lang, phrase: hit };
    }
  }
  return null;
}

function detectIn(text: string, languages: string[]): { lang: string; phrase: string } | null {
  const folded = foldText(text);
  if (!folded) return null;
  const tokens = folded.split(" ");
  for (const lang of languages) {
    const phrase = matchLexicon(lang, folded, tokens);
    if (phrase) return { lang, phrase };
  }
  return matchShort(folded, tokens);
}

/**
 * Does the customer ask for a person? Checks the message's own language and English (people mix in
 * English words), then the pipeline's translation of it with that language's lexicon, so a language with no
 * lexicon still hands off when its translation says "speak to a person".
 */
export function detectHandoff(message: { text: string; language: string; translation?: { text: string; to: string } | null }): HandoffMatch | null {
  const own = [...new Set([primaryTag(message.language || "und"), "en"])];
  const original = detectIn(message.text, own);
  if (original) return { language: original.lang, phrase: original.phrase, in: "original" };
  if (message.translation) {
    const translated = detectIn(message.translation.text, [...new Set([primaryTag(message.translation.to), "en"])]);
    if (translated) return { language: translated.lang, phrase: translated.phrase, in: "translation" };
  }
  return null;
}
