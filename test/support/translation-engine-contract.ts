import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageError } from "../../src/language/language-error.js";
import type { TranslationEngine } from "../../src/language/translation/translation-engine.js";

export interface EngineFixture {
  engine: TranslationEngine;
  /** A pair the engine serves, with source texts and a check of each output. */
  known: { from: string; to: string; texts: [string, string]; expect: (output: string, index: number) => boolean };
  /** A pair it does not serve. */
  unsupported: { from: string; to: string };
  /** The same adapter pointed at something that does not answer. */
  unreachable: () => TranslationEngine;
  dispose?: () => Promise<void>;
}

/** The behaviour every TranslationEngine adapter must show; each adapter's test calls this once. */
export function translationEngineContract(name: string, setup: () => Promise<EngineFixture>): void {
  describe(`TranslationEngine contract: ${name}`, () => {
    let f: EngineFixture;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(() => f?.dispose?.());

    it("lists the pairs it serves, including the known one", async () => {
      const pairs = await f.engine.pairs();
      expect(pairs.length).toBeGreaterThan(0);
      const served = pairs.some(
        (p) => (p.from === f.known.from || p.from === "*") && (p.to === f.known.to || p.to === "*"),
      );
      expect(served).toBe(true);
    });

    it("translates a batch, one output per input, in order", async () => {
      const out = await f.engine.translate({ texts: f.known.texts, from: f.known.from, to: f.known.to, format: "text" });
      expect(out).toHaveLength(2);
      out.forEach((text, i) => {
        expect(typeof text).toBe("string");
        expect(f.known.expect(text, i), `output ${i}: ${text}`).toBe(true);
      });
    });

    it("returns [] for an empty batch", async () => {
      expect(await f.engine.translate({ texts: [], from: f.known.from, to: f.known.to, format: "text" })).toEqual([]);
    });

    it("keeps HTML tags in html format", async () => {
      const [out] = await f.engine.translate({
        texts: [`<p>${f.known.texts[0]}</p>`],
        from: f.known.from,
        to: f.known.to,
        format: "html",
      });
      expect(out).toMatch(/^\s*<p>[\s\S]+<\/p>\s*$/);
    });

    it("throws UNSUPPORTED_PAIR for a pair it does not serve", async () => {
      const err = await f.engine
        .translate({ texts: ["hello"], from: f.unsupported.from, to: f.unsupported.to, format: "text" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LanguageError);
      expect((err as LanguageError).code).toBe("UNSUPPORTED_PAIR");
      expect((err as LanguageError).engine).toBe(f.engine.id);
    });

    it("throws UNAVAILABLE when the service cannot be reached", async () => {
      const down = f.unreachable();
      for (const call of [() => down.pairs(), () => down.translate({ texts: ["x"], from: f.known.from, to: f.known.to, format: "text" })]) {
        const err = await call().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(LanguageError);
        expect((err as LanguageError).code).toBe("UNAVAILABLE");
      }
    });
  });
}
