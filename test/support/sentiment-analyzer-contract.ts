import { beforeAll, describe, expect, it } from "vitest";
import { LanguageError } from "../../src/language/language-error.js";
import type { LexiconSentiment, SentimentAnalyzer } from "../../src/language/sentiment/sentiment-analyzer.js";

// Texts every analyzer should be able to take in any language it lists: words, symbols, nothing.
const PROBES = ["", "   ", "👍", "😡", "12345", "hello :)", "Lorem ipsum dolor sit amet.", "これは テスト です", "Ok."];
// Subtags no lexicon will have ("qaa" is reserved for private use).
const UNSUPPORTED_CANDIDATES = ["qaa", "sw", "yo", "haw"];

const checkShape = (r: LexiconSentiment, context: string) => {
  expect(Number.isFinite(r.score), context).toBe(true);
  expect(r.score, context).toBeGreaterThanOrEqual(-1);
  expect(r.score, context).toBeLessThanOrEqual(1);
  // The label follows the score: a positive label never has a negative score, and neutral sits near 0.
  if (r.label === "positive") expect(r.score, context).toBeGreaterThan(0);
  else if (r.label === "negative") expect(r.score, context).toBeLessThan(0);
  else {
    expect(r.label, context).toBe("neutral");
    expect(Math.abs(r.score), context).toBeLessThan(0.25);
  }
};

/** The behaviour every SentimentAnalyzer must show; each implementation's test calls this once. */
export function sentimentAnalyzerContract(name: string, make: () => SentimentAnalyzer | Promise<SentimentAnalyzer>): void {
  describe(`SentimentAnalyzer contract: ${name}`, () => {
    let analyzer: SentimentAnalyzer;
    beforeAll(async () => {
      analyzer = await make();
    });

    it("has an id and lists distinct primary subtags", () => {
      expect(analyzer.id).toMatch(/\S/);
      const langs = analyzer.languages();
      expect(langs.length).toBeGreaterThan(0);
      for (const l of langs) expect(l).toMatch(/^[a-z]{2,3}$/);
      expect(new Set(langs).size).toBe(langs.length);
    });

    it("scores within [-1, 1] with a label consistent with the score, in every listed language", async () => {
      for (const language of analyzer.languages()) {
        for (const text of PROBES) checkShape(await analyzer.analyze(text, language), `${language}: ${JSON.stringify(text)}`);
      }
    }, 60_000);

    it("finds nothing in empty text", async () => {
      const language = analyzer.languages()[0]!;
      expect(await analyzer.analyze("", language)).toEqual({ label: "neutral", score: 0 });
    });

    it("is deterministic, also across instances", async () => {
      const language = analyzer.languages().includes("en") ? "en" : analyzer.languages()[0]!;
      const text = "Thanks, but the box was damaged 😞 and the refund is late.";
      const first = await analyzer.analyze(text, language);
      expect(await analyzer.analyze(text, language)).toEqual(first);
      expect(await (await make()).analyze(text, language)).toEqual(first);
    });

    it("takes full BCP 47 tags and reads their primary subtag", async () => {
      const language = analyzer.languages()[0]!;
      const text = "👍 ok";
      expect(await analyzer.analyze(text, `${language}-US`)).toEqual(await analyzer.analyze(text, language));
    });

    it("throws LanguageError UNAVAILABLE for a language it does not list (never a neutral guess)", async () => {
      const language = UNSUPPORTED_CANDIDATES.find((l) => !analyzer.languages().includes(l))!;
      for (const tag of [language, `${language}-XX`]) {
        const err = await analyzer.analyze("This is great, thank you!", tag).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(LanguageError);
        expect((err as LanguageError).code).toBe("UNAVAILABLE");
        expect((err as LanguageError).engine).toBe(analyzer.id);
      }
    });
  });
}
