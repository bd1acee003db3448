import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { LEXICON_LANGUAGES } from "../../../src/language/sentiment/lexicon-compiler.js";
import { createNlpjsSentimentAnalyzer } from "../../../src/language/sentiment/nlpjs-sentiment-analyzer.js";
import { NLPJS_LEXICON_LANGUAGES } from "../../../src/language/sentiment/nlpjs-lexicon-source.js";
import { sentimentAnalyzerContract } from "../../support/sentiment-analyzer-contract.js";

sentimentAnalyzerContract("nlp.js lexicons", () => createNlpjsSentimentAnalyzer());

const analyzer = createNlpjsSentimentAnalyzer();
const label = async (text: string, language: string) => (await analyzer.analyze(text, language)).label;

describe("lexicon languages", () => {
  it("lists exactly the @nlpjs/lang-all locales that ship a sentiment dictionary", () => {
    const require = createRequire(createRequire(import.meta.url).resolve("@nlpjs/lang-all"));
    const source = readFileSync(require.resolve("@nlpjs/lang-all/src/lang-all.js"), "utf8");
    const locales = [...source.matchAll(/require\('@nlpjs\/lang-([a-z]{2})'\)/g)].map((m) => m[1]!);
    expect(locales).toHaveLength(40);
    const withLexicon = locales.filter((code) => {
      const data = require(`@nlpjs/lang-${code}/src/sentiment/sentiment_${code}.js`) as Record<string, unknown>;
      return Boolean(data.senticon || data.pattern || data.afinn);
    });
    expect([...NLPJS_LEXICON_LANGUAGES]).toEqual(withLexicon);
    for (const empty of ["ja", "zh", "ms"]) expect(withLexicon).not.toContain(empty);
  });

  it("adds our own zh, ja and vi lexicons and the nb/fil aliases", () => {
    expect(LEXICON_LANGUAGES).toHaveLength(40);
    for (const l of ["zh", "ja", "vi", "th", "ko", "en", "ar"]) expect(analyzer.languages()).toContain(l);
    expect(analyzer.languages()).toContain("nb");
    expect(analyzer.languages()).not.toContain("ms");
  });
});

describe("negation", () => {
  const flips: [string, string, string][] = [
    ["en", "The product is good.", "The product is not good."],
    ["en", "I like it.", "I don't like it."],
    ["es", "El servicio es bueno.", "El servicio no es bueno."],
    ["fr", "C'est bon.", "Ce n'est pas bon."],
    ["de", "Das ist gut.", "Das ist nicht gut."],
    ["de", "Das Produkt gefällt mir.", "Das Produkt gefällt mir nicht."],
    ["pt", "Gostei do produto.", "Não gostei do produto."],
    ["it", "Il servizio è buono.", "Il servizio non è buono."],
    ["nl", "Het werkt goed.", "Het werkt niet goed."],
    ["ru", "Всё хорошо.", "Всё не хорошо."],
    ["pl", "Jest dobrze.", "Nie jest dobrze."],
    ["tr", "Ürün iyi.", "Ürün iyi değil."],
    ["zh", "很满意", "不满意"],
    ["zh", "服务好", "服务不好"],
    ["ja", "良いです", "良くないです"],
    ["ja", "満足しています", "満足していません"],
    ["ko", "좋아요", "좋지 않아요"],
    ["vi", "Sản phẩm tốt", "Sản phẩm không tốt"],
    ["th", "ดี", "ไม่ดี"],
    ["ar", "الخدمة جيدة", "الخدمة ليست جيدة"],
  ];
  for (const [language, plain, negated] of flips) {
    it(`${language}: "${negated}" is negative where "${plain}" is positive`, async () => {
      expect(await label(plain, language)).toBe("positive");
      expect(await label(negated, language)).toBe("negative");
    });
  }

  it("turns negated complaints positive: not bad, pas mal, 没问题, 問題ありません, không tệ", async () => {
    expect(await label("Not bad at all.", "en")).toBe("positive");
    expect(await label("C'est pas mal du tout.", "fr")).toBe("positive");
    expect(await label("没问题，谢谢", "zh")).toBe("positive");
    expect(await label("問題ありません。", "ja")).toBe("positive");
    expect(await label("Không tệ", "vi")).toBe("positive");
    expect(await label("No problem, great service.", "en")).toBe("positive");
  });

  it("ends at the clause: a negation does not reach past punctuation", async () => {
    expect(await label("No delays, excellent support.", "en")).toBe("positive");
    expect(await label("Ich habe nicht viel erwartet, aber es ist super!", "de")).toBe("positive");
  });
});

describe("emoji and emoticons", () => {
  it("count as the only signal, in any supported language", async () => {
    for (const language of ["en", "zh", "ja", "ar", "vi", "th", "de"]) {
      expect(await label("😡😡", language)).toBe("negative");
      expect(await label("👎", language)).toBe("negative");
      expect(await label("😢", language)).toBe("negative");
      expect(await label("😀", language)).toBe("positive");
      expect(await label("😍👍", language)).toBe("positive");
      expect(await label("🙏", language)).toBe("positive");
      expect(await label(":(", language)).toBe("negative");
      expect(await label(":-(", language)).toBe("negative");
      expect(await label(":)", language)).toBe("positive");
    }
  });

  it("add to the words and survive skin tones and variation selectors", async () => {
    expect(await label("👍🏽", "en")).toBe("positive");
    expect(await label("❤️", "en")).toBe("positive");
    expect(await label("ok 😠", "en")).toBe("negative");
  });

  it("ignore look-alikes inside URLs and times", async () => {
    expect(await label("see https://example.com/order at 10:30", "en")).toBe("neutral");
  });

  it("neutral means found neutral: plain facts score 0", async () => {
    expect(await analyzer.analyze("My order number is 12345.", "en")).toEqual({ label: "neutral", score: 0 });
    expect(await analyzer.analyze("订单号是12345。", "zh")).toEqual({ label: "neutral", score: 0 });
  });
});
