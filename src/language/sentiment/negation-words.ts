// Negation for languages whose nlp.js list is empty or missing (and for zh/ja/vi, which have our own
// lexicons). nlp.js's own lists (en, es, de, nl, pt, bn) are merged in by the loader; nlp.js applies
// them to the rest of the text, we scope them (see lexicon-scorer.ts).

export interface NegationRules {
  /** Negate the next few polar words: "not good", "ne … pas", "不好". */
  readonly pre?: readonly string[];
  /** Negate the polar word just before: "अच्छा नहीं", "iyi değil". */
  readonly post?: readonly string[];
  /** Post negators only count at the end of a clause ("Das gefällt mir nicht"). */
  readonly postClauseFinal?: boolean;
  /** nlp.js lists that are really post-position (Bengali "ভালো না"). */
  readonly nlpjsListIsPost?: boolean;
  /** Tested on the text right after a polar word (its unmatched tail + the next tokens). */
  readonly suffix?: RegExp;
  /** Negators glued to the front of one token ("不满意"). */
  readonly prefixes?: readonly string[];
}

const CLAUSE_FINAL_GERMANIC = { postClauseFinal: true } as const;

export const NEGATION_RULES: Readonly<Record<string, NegationRules>> = {
  en: { pre: ["not", "no", "nobody", "never", "neither", "nor", "without", "hardly", "barely", "nothing"] },
  es: { pre: ["no", "nadie", "nunca", "jamás", "ni", "sin", "tampoco", "nada", "ningún", "ninguna", "ninguno"] },
  pt: { pre: ["não", "ninguém", "nunca", "jamais", "nem", "sem", "nada", "nenhuma", "nenhum"] },
  fr: { pre: ["ne", "n", "pas", "jamais", "aucun", "aucune", "sans", "ni", "rien", "guère"] },
  it: { pre: ["non", "mai", "nessuno", "nessuna", "nessun", "senza", "né", "niente", "nulla", "neanche"] },
  ca: { pre: ["no", "mai", "sense", "cap", "ni", "gens"] },
  gl: { pre: ["non", "nunca", "sen", "nin", "ningún", "ningunha"] },
  eu: { pre: ["ez", "inoiz", "ezta"] },
  ro: { pre: ["nu", "niciodată", "fără", "nici", "niciun", "nicio"] },
  de: {
    pre: ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne", "nichts", "niemand"],
    post: ["nicht", "nie", "niemals"],
    ...CLAUSE_FINAL_GERMANIC,
  },
  nl: { pre: ["niet", "geen", "nooit", "zonder", "niets"], post: ["niet", "nooit"], ...CLAUSE_FINAL_GERMANIC },
  sv: { pre: ["inte", "ej", "aldrig", "ingen", "inget", "inga", "utan"], post: ["inte", "ej"], ...CLAUSE_FINAL_GERMANIC },
  da: { pre: ["ikke", "aldrig", "ingen", "intet", "uden"], post: ["ikke"], ...CLAUSE_FINAL_GERMANIC },
  no: { pre: ["ikke", "aldri", "ingen", "intet", "uten"], post: ["ikke"], ...CLAUSE_FINAL_GERMANIC },
  fi: { pre: ["ei", "en", "et", "emme", "ette", "eivät", "ilman"] },
  ru: { pre: ["не", "нет", "никто", "ни", "никогда", "без", "нисколько", "отнюдь"] },
  uk: { pre: ["не", "ні", "ніколи", "без", "немає", "нема"] },
  pl: { pre: ["nie", "nikt", "bez", "nigdy", "żaden", "żadna", "żadne", "ani"] },
  cs: { pre: ["ne", "není", "nikdy", "bez", "žádný", "žádná", "ani"] },
  sl: { pre: ["ne", "ni", "nikoli", "brez", "nobeden"] },
  sr: { pre: ["ne", "nije", "nisam", "bez", "nikad", "не", "није", "нисам", "без", "никад"] },
  lt: { pre: ["ne", "nėra", "niekada", "be", "nei"] },
  el: { pre: ["δεν", "μη", "μην", "όχι", "ποτέ", "χωρίς", "ούτε"] },
  hu: { pre: ["nem", "sem", "soha", "nincs", "se"] },
  tr: { post: ["değil", "değildi", "değilim", "yok"], suffix: /^(?:m[ae](?!k)|m[ıiuü]yo)/u },
  ar: { pre: ["لا", "ليس", "ليست", "لست", "لم", "لن", "غير", "بدون", "ولا", "ولم", "ولن", "وليس"] },
  fa: { pre: ["نه", "بدون", "هیچ"], post: ["نیست", "نبود", "نیستند", "نیستم"] },
  hi: { pre: ["न", "बिना"], post: ["नहीं", "ना"] },
  ne: { post: ["छैन", "होइन", "थिएन", "छैनन्"] },
  bn: { nlpjsListIsPost: true },
  ta: { post: ["இல்லை", "அல்ல"] },
  hy: { pre: ["ոչ", "չէ", "առանց"] },
  ga: { pre: ["ní", "níl", "nach", "gan", "níor"] },
  id: { pre: ["tidak", "tak", "bukan", "belum", "jangan", "tanpa", "gak", "nggak", "enggak", "ga", "kurang"] },
  tl: { pre: ["hindi", "wala", "walang", "huwag", "di"] },
  th: { pre: ["ไม่", "ไม่ได้", "ไม่มี", "ไร้", "มิ", "ไม่ค่อย"] },
  ko: { pre: ["안", "못"], suffix: /^\S{0,4}\s?(?:않|없|아니|못)/u },
  ja: {
    // After the polar word, within a few characters: 良くない, 満足していません, 美味しくなかった.
    suffix: /^.{0,6}?(?:ない|なかっ|なく|ませ|ぬ|ず(?:に|$))/u,
  },
  zh: {
    pre: ["不", "没", "没有", "别", "未", "无", "不是", "不太", "不够", "毫不", "并不", "并没有", "也不", "都不",
      "从不", "从没", "还没", "还没有", "也没", "也没有", "都没", "都没有", "不会", "一点也不", "一点都不",
      "沒", "沒有", "並不", "也沒", "也沒有", "還沒", "還沒有", "不算"],
    prefixes: ["不", "没", "沒", "未", "无", "無"],
  },
  vi: { pre: ["không", "chẳng", "chả", "chưa", "đừng", "ko", "k", "hok", "hông", "kg"] },
};
