import { beforeAll, describe, expect, it } from "vitest";
import type { Detection, LanguageDetector } from "../../src/language/detection/language-detector.js";

const SAMPLES = [
  "Where is my order? It was due on Monday, and nobody answers my e-mails.",
  "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier ?",
  "Здравствуйте! Я заказал телефон две недели назад, но до сих пор ничего не получил. Проверьте, пожалуйста, где сейчас мой заказ.",
  "Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie nachsehen?",
];

function isBcp47(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

function expectWellFormed(d: Detection): void {
  expect(isBcp47(d.language), `canonical BCP 47: ${d.language}`).toBe(true);
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(d.alternatives.length).toBeLessThanOrEqual(3);
  for (const alt of d.alternatives) {
    expect(isBcp47(alt.language), `canonical BCP 47: ${alt.language}`).toBe(true);
    expect(alt.language).not.toBe(d.language);
    expect(alt.confidence).toBeGreaterThanOrEqual(0);
    expect(alt.confidence).toBeLessThanOrEqual(1);
  }
  const confidences = d.alternatives.map((a) => a.confidence);
  expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  for (const m of d.mixed ?? []) expect(m.share).toBeGreaterThan(0);
}

/** The behaviour every LanguageDetector must show; each detector's test calls this once. */
export function languageDetectorContract(name: string, makeDetector: () => LanguageDetector | Promise<LanguageDetector>): void {
  describe(`LanguageDetector contract: ${name}`, () => {
    let detector: LanguageDetector;
    beforeAll(async () => {
      detector = await makeDetector();
    });

    it("has an id", () => {
      expect(detector.id).toMatch(/^[a-z][a-z0-9-]*$/);
    });

    it("answers canonical BCP 47 tags, confidences in [0, 1], at most 3 alternatives best first", async () => {
      for (const text of SAMPLES) expectWellFormed(await detector.detect(text));
    });

    it("recognises plain English and French", async () => {
      expect((await detector.detect(SAMPLES[0]!)).language).toBe("en");
      expect((await detector.detect(SAMPLES[1]!)).language).toBe("fr");
    });

    it.each(["12345", "😀😀", "https://example.com", "", "  \n ", "+49 170 1234567 #42"])(
      "answers und with confidence 1 for %j (no letters)",
      async (text) => {
        expect(await detector.detect(text)).toEqual({ language: "und", confidence: 1, alternatives: [] });
      },
    );

    it("is deterministic", async () => {
      for (const text of SAMPLES) {
        expect(await detector.detect(text)).toEqual(await detector.detect(text));
      }
    });

    it("handles concurrent calls", async () => {
      const results = await Promise.all(SAMPLES.map((t) => detector.detect(t)));
      expect(results.map((r) => r.language)).toEqual(
        await Promise.all(SAMPLES.map(async (t) => (await detector.detect(t)).language)),
      );
    });
  });
}
