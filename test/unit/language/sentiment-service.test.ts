import { describe, expect, it } from "vitest";
import { LanguageError } from "../../../src/language/language-error.js";
import { createNlpjsSentimentAnalyzer } from "../../../src/language/sentiment/nlpjs-sentiment-analyzer.js";
import { createSentimentService, type SentimentTranslate } from "../../../src/language/sentiment/sentiment.service.js";

const analyzer = createNlpjsSentimentAnalyzer();
// A test double for the translation gateway: always the same English text.
const stubTranslate: SentimentTranslate = async () => ({
  text: "The service was terrible and nobody answers.",
  provenance: { engine: "stub" },
});

describe("sentiment service", () => {
  it("uses the lexicon when the language has one", async () => {
    const service = createSentimentService({ analyzer, translate: stubTranslate });
    const r = await service.analyze({ text: "Le colis est arrivé cassé et personne ne répond.", language: "fr-CA" });
    expect(r).toMatchObject({ label: "negative", method: "lexicon", language: "fr-CA" });
    expect(r.pivot).toBeUndefined();
  });

  it("says unknown, never neutral, for a language without a lexicon and no translate function", async () => {
    const service = createSentimentService({ analyzer });
    const r = await service.analyze({ text: "Huduma ni mbaya sana, sijapata kifurushi changu.", language: "sw" });
    expect(r).toEqual({
      label: "unknown",
      score: 0,
      language: "sw",
      method: "none",
      reason: "no sentiment lexicon for sw and no engine to translate sw→en",
    });
  });

  it("says unknown when no engine can translate (translate answers null or throws a LanguageError)", async () => {
    for (const translate of [
      async () => null,
      async () => {
        throw new LanguageError("UNSUPPORTED_PAIR", "no sw→en", "apertium");
      },
    ] satisfies SentimentTranslate[]) {
      const r = await createSentimentService({ analyzer, translate }).analyze({ text: "Asante sana!", language: "sw-KE" });
      expect(r.label).toBe("unknown");
      expect(r.method).toBe("none");
      expect(r.reason).toContain("no sentiment lexicon for sw");
    }
  });

  it("lets programming errors in translate propagate", async () => {
    const translate: SentimentTranslate = async () => {
      throw new TypeError("bug");
    };
    await expect(createSentimentService({ analyzer, translate }).analyze({ text: "Asante", language: "sw" })).rejects.toThrow(
      TypeError,
    );
  });

  it("pivots through English and says so", async () => {
    const calls: [string, string, string][] = [];
    const translate: SentimentTranslate = async (text, from, to) => {
      calls.push([text, from, to]);
      return stubTranslate(text, from, to);
    };
    const service = createSentimentService({ analyzer, translate, pivotLanguage: "en" });
    const r = await service.analyze({ text: "Huduma ni mbaya sana.", language: "sw-TZ" });
    expect(calls).toEqual([["Huduma ni mbaya sana.", "sw", "en"]]);
    expect(r).toMatchObject({
      label: "negative",
      method: "pivot",
      language: "sw-TZ",
      pivot: { from: "sw", to: "en", text: "The service was terrible and nobody answers.", provenance: { engine: "stub" } },
    });
    expect(r.score).toBeLessThan(0);
  });

  it("reads emoji-only messages in any language without translating", async () => {
    const translate: SentimentTranslate = async () => {
      throw new Error("must not translate");
    };
    const service = createSentimentService({ analyzer, translate });
    expect(await service.analyze({ text: "😡😡 👎", language: "sw" })).toMatchObject({ label: "negative", method: "lexicon" });
    expect(await service.analyze({ text: "🙏😀", language: "ms" })).toMatchObject({ label: "positive", method: "lexicon" });
    expect(await service.analyze({ text: ":(", language: "yo" })).toMatchObject({ label: "negative", method: "lexicon" });
  });

  it("does not try to translate from an undetermined language", async () => {
    const translate: SentimentTranslate = async () => {
      throw new Error("must not translate");
    };
    const r = await createSentimentService({ analyzer, translate }).analyze({ text: "asdf qwer", language: "und" });
    expect(r).toMatchObject({ label: "unknown", method: "none", reason: "the language of the text is undetermined" });
  });

  it("reads Malay (no lexicon) through the pivot only", async () => {
    const r = await createSentimentService({ analyzer }).analyze({ text: "Terima kasih, servis sangat baik!", language: "ms" });
    expect(r.label).toBe("unknown");
  });
});
