// Emoji and emoticons carry sentiment in every language, so they are scored before (and apart from)
// any lexicon: a message that is only "😡👎" must still come out negative.

const EMOJI_SCORES: Record<string, number> = {
  // positive
  "😀": 0.6, "😃": 0.6, "😄": 0.6, "😁": 0.6, "😆": 0.5, "😊": 0.6, "🙂": 0.4, "☺": 0.5, "😍": 0.8,
  "🥰": 0.8, "😘": 0.6, "😗": 0.4, "😙": 0.4, "😚": 0.5, "🤩": 0.8, "🥳": 0.7, "😎": 0.4, "🤗": 0.6,
  "😇": 0.5, "😋": 0.5, "😌": 0.3, "😂": 0.3, "🤣": 0.3, "😉": 0.3, "😻": 0.7, "😺": 0.4, "😸": 0.5,
  "👍": 0.6, "👌": 0.5, "👏": 0.6, "🙌": 0.6, "🙏": 0.5, "💪": 0.4, "✌": 0.3, "🤝": 0.4, "🫶": 0.7,
  "❤": 0.7, "♥": 0.6, "💕": 0.7, "💖": 0.7, "💗": 0.7, "💓": 0.7, "💞": 0.7, "💝": 0.7, "💘": 0.6,
  "💙": 0.6, "💚": 0.6, "💛": 0.6, "💜": 0.6, "🧡": 0.6, "🤍": 0.5, "😽": 0.5, "💯": 0.6, "🎉": 0.6,
  "🎊": 0.6, "✨": 0.3, "⭐": 0.4, "🌟": 0.5, "🏆": 0.5, "✅": 0.3, "🆗": 0.2, "🌹": 0.4, "💐": 0.5,
  // negative
  "😡": -0.8, "😠": -0.7, "🤬": -0.9, "😤": -0.5, "👎": -0.6, "😢": -0.6, "😭": -0.6, "😞": -0.6,
  "😔": -0.5, "😟": -0.5, "😕": -0.4, "🙁": -0.4, "☹": -0.5, "😣": -0.5, "😖": -0.6, "😫": -0.6,
  "😩": -0.6, "😒": -0.5, "🙄": -0.4, "😑": -0.3, "😐": -0.1, "😬": -0.2, "😰": -0.5, "😥": -0.5,
  "😓": -0.4, "😨": -0.5, "😱": -0.5, "😧": -0.4, "😦": -0.4, "🤮": -0.8, "🤢": -0.7, "💔": -0.7,
  "😿": -0.5, "😾": -0.5, "💩": -0.6, "🖕": -0.9, "😪": -0.3, "🥺": -0.2, "😮‍💨": -0.3, "🤦": -0.5,
  "👿": -0.7, "😈": -0.1, "💀": -0.2, "❌": -0.3, "🚫": -0.3, "⛔": -0.3,
};

// Emoticons only count as whole "words" (bounded by space or text edge): ":/" inside "https://" is not one.
const EMOTICON_SCORES: Record<string, number> = {
  ":)": 0.5, ":-)": 0.5, ":))": 0.6, ":-))": 0.6, "=)": 0.5, ":]": 0.4, ":D": 0.6, ":-D": 0.6, "xD": 0.4,
  XD: 0.4, ";)": 0.3, ";-)": 0.3, ":P": 0.2, ":-P": 0.2, "<3": 0.6, "^^": 0.4, "^_^": 0.5, "(^^)": 0.4,
  "(^_^)": 0.5, "(^o^)": 0.5, "\\o/": 0.5, ":(": -0.5, ":-(": -0.5, ":((": -0.6, ":-((": -0.6,
  "=(": -0.5, ":[": -0.4, ":'(": -0.6, ":'-(": -0.6, ">:(": -0.7, ">:-(": -0.7, ":/": -0.3, ":-/": -0.3,
  ":\\": -0.3, ":-\\": -0.3, ":|": -0.1, ":-|": -0.1, "</3": -0.6, "T_T": -0.6, "T.T": -0.6,
  ";_;": -0.6, "(T_T)": -0.6, "(>_<)": -0.4, ">_<": -0.4, "-_-": -0.3, "-.-": -0.3, "orz": -0.3,
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// Longest emoticons first so ":-((" is not read as ":-(" plus a stray "(".
const EMOTICON_PATTERN = new RegExp(
  `(?<=^|\\s)(${Object.keys(EMOTICON_SCORES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})+(?=$|\\s|[.,!?])`,
  "gu",
);
const EMOJI_PATTERN = /\p{Extended_Pictographic}(?:\u200D\p{Extended_Pictographic})*/gu;
// Skin tones and presentation selectors do not change the meaning.
// eslint-disable-next-line no-misleading-character-class -- a class of lone modifiers and variation selectors, on purpose
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F]/gu;

export interface SymbolScores {
  /** Sum of the symbols' scores, each in [-1, 1]. */
  sum: number;
  hits: number;
  /** The text with every symbol replaced by a line break (a clause boundary for the word scorer). */
  rest: string;
}

export const scoreSymbols = (text: string): SymbolScores => {
  let sum = 0;
  let hits = 0;
  const withoutEmoticons = text.replace(EMOTICON_PATTERN, (run: string) => {
    // A run like ":):)" repeats one emoticon; score each repetition.
    let remaining = run;
    while (remaining.length > 0) {
      const found = Object.keys(EMOTICON_SCORES)
        .filter((e) => remaining.startsWith(e))
        .sort((a, b) => b.length - a.length)[0];
      if (found === undefined) break;
      sum += EMOTICON_SCORES[found] ?? 0;
      hits += 1;
      remaining = remaining.slice(found.length);
    }
    return "\n";
  });
  const rest = withoutEmoticons.replace(EMOJI_MODIFIERS, "").replace(EMOJI_PATTERN, (emoji: string) => {
    const score = EMOJI_SCORES[emoji] ?? EMOJI_SCORES[[...emoji][0] ?? ""];
    if (score !== undefined) {
      sum += score;
      hits += 1;
    }
    return "\n";
  });
  return { sum, hits, rest };
};
