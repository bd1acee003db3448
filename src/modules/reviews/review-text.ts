import { primaryTag } from "../../language/language-tags.js";
import { loadNlpjsTextTools } from "../../language/sentiment/nlpjs-lexicon-source.js";

/** One content word of a text: its stem (what is compared) and how it was written (what is shown). */
export interface Term {
  stem: string;
  surface: string;
}

/** Turns text in one language into content terms: lowercased, stop words out, stemmed. */
export interface TextAnalyzer {
  readonly language: string;
  terms(text: string): Term[];
}

// Scripts without spaces between words are split by ICU's word segmenter instead of a stemmer.
const SEGMENTED = new Set(["zh", "ja", "ko", "th", "lo", "km", "my"]);

// Words that say nothing about what a review is about, on top of nlp.js's stop words.
const EXTRA_STOPWORDS: Record<string, string[]> = {
  en: ["just", "really", "even", "also", "one", "thing", "things", "lot", "bit", "will", "us", "im", "ive", "dont", "didnt", "doesnt", "wasnt", "isnt", "cant", "won", "yet", "ever", "every", "all", "got", "went", "go", "going", "thank", "thanks", "please", "not", "no"],
  es: ["es", "era", "fue", "son", "estaba", "esta", "estoy", "ha", "han", "he", "hay", "todo", "todos", "muy", "mas", "otra", "vez", "bien"],
  fr: ["tres", "bien", "tout", "tous", "fait", "plus", "encore", "comme"],
  de: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "ist", "sind", "war", "waren",
    "wird", "wurde", "hat", "haben", "hatte", "ich", "du", "er", "sie", "es", "wir", "ihr", "mein", "meine", "mir", "mich", "nicht", "kein",
    "keine", "mit", "von", "zu", "zum", "zur", "auf", "in", "im", "an", "am", "aus", "bei", "für", "fur", "nach", "als", "auch", "sehr", "so",
    "noch", "schon", "nur", "wie", "was", "dass", "da", "dann", "man", "hier", "dort", "alles", "etwas", "mal",
  ],
  pt: ["muito", "foi", "era", "esta", "estava", "tudo", "bem"],
  it: ["molto", "era", "stato", "stata", "tutto", "bene", "anche"],
};

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const SEGMENTED_STOPWORDS = new Set([
  ..."的 了 是 很 太 我 你 他 她 它 们 也 都 在 有 和 就 这 那 个 吗 呢 吧 啊 又 还 得 地 着 过 被 把 给 让 对".split(" "),
  ..."私 僕 これ それ あれ 本当 とても".split(" "),
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const HAS_LETTER = /\p{L}/u;
const stripMarks = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase();

function segmentedAnalyzer(language: string): TextAnalyzer {
  const segmenter = new Intl.Segmenter(language, { granularity: "word" });
  return {
    language,
    terms(text) {
      const out: Term[] = [];
      for (const s of segmenter.segment(text)) {
        if (!s.isWordLike || !HAS_LETTER.test(s.segment)) continue;
        const surface = s.segment.toLowerCase();
        // ICU splits Japanese inflections into hiragana fragments (壊|れ|て): words worth comparing carry kanji,
        // katakana or Latin letters.
        if (language === "ja" && HIRAGANA_ONLY.test(surface)) continue;
        if (SEGMENTED_STOPWORDS.has(surface)) continue;
        out.push({ stem: surface, surface });
      }
      return out;
    },
  };
}

function wordAnalyzer(language: string): TextAnalyzer {
  let tools: ReturnType<typeof loadNlpjsTextTools> | null = null;
  try {
    tools = loadNlpjsTextTools(language);
  } catch {
    tools = null; // no nlp.js tools for this language: accent-folded words, unstemmed
  }
  const normalize = tools ? tools.normalize : stripMarks;
  const tokenize = tools ? tools.tokenize : (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stem = tools?.stem ?? ((w: string) => w);
  const stop = new Set([...(tools?.stopwords ?? []), ...(EXTRA_STOPWORDS[language] ?? [])].map((w) => stripMarks(w)));
  return {
    language,
    terms(text) {
      const out: Term[] = [];
      for (const [raw] of text.matchAll(WORD)) {
        const surface = raw.toLowerCase().replace(/’/g, "'");
        for (const token of tokenize(normalize(surface))) {
          const folded = stripMarks(token);
          if (folded.length < 2 || !HAS_LETTER.test(folded) || stop.has(folded)) continue;
          const s = stem(token);
          if (!s || stop.has(s)) continue;
          // A word split in parts ("l'emballage") shows as the part, not the whole.
          out.push({ stem: s, surface: token === normalize(surface) ? surface : token });
        }
      }
      return out;
    },
  };
}

const cache = new Map<string, TextAnalyzer>();

/** The analyzer for a language (by its primary subtag), built once. */
export function textAnalyzer(language: string): TextAnalyzer {
  const code = primaryTag(language);
  let analyzer = cache.get(code);
  if (!analyzer) {
    analyzer = SEGMENTED.has(code) ? segmentedAnalyzer(code) : wordAnalyzer(code);
    cache.set(code, analyzer);
  }
  return analyzer;
}
