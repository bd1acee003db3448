import { describe, expect, it } from "vitest";
import { excerptOf, type KbCandidate, planReply, versionFor } from "../../../src/modules/faq-bot/faq-bot-decision.js";
import { BOT_PHRASES } from "../../../src/modules/faq-bot/faq-bot-phrases.js";
import { detectHandoff } from "../../../src/modules/faq-bot/handoff-detector.js";
import { fillPhrase, localizePhrases, writtenLanguageFor } from "../../../src/shared/phrasebook.js";

const refund: KbCandidate = {
  familyId: "f-refund",
  title: "Refund policy",
  confidence: 0.82,
  versions: [
    { id: "v-en", language: "en", title: "Refund policy", url: "/help/en/refund-policy" },
    { id: "v-es", language: "es", title: "Política de reembolsos", url: "/help/es/refund-policy" },
  ],
};
const shipping: KbCandidate = { familyId: "f-ship", title: "Shipping times", confidence: 0.4, versions: [{ id: "v-ship-en", language: "en", title: "Shipping times" }] };

describe("planReply", () => {
  it("answers from the most confident article, in the customer's language version", () => {
    const plan = planReply({ text: "¿Cómo puedo pedir un reembolso de mi pedido?", language: "es" }, [shipping, refund], 0.6);
    expect(plan).toMatchObject({ kind: "answer", confidence: 0.82, candidate: { familyId: "f-refund" }, version: { id: "v-es" } });
  });

  it("answers with no version when the article must be machine-translated for the customer", () => {
    const plan = planReply({ text: "Come posso chiedere un rimborso?", language: "it" }, [refund], 0.6);
    expect(plan).toMatchObject({ kind: "answer", version: null, source: { id: "v-en" } });
  });

  it("translates the version the search matched, and never answers from drafts", () => {
    const matchedEs = { ...refund, matched: { versionId: "v-es" } };
    expect(planReply({ text: "Come posso chiedere un rimborso?", language: "it" }, [matchedEs], 0.6)).toMatchObject({ source: { id: "v-es" } });
    const drafts = { ...refund, versions: refund.versions.map((v) => ({ ...v, status: "draft" as const })) };
    expect(planReply({ text: "¿Cómo pido un reembolso?", language: "es" }, [drafts], 0.6)).toMatchObject({ kind: "no_answer", reason: expect.stringContaining("no published version") });
    const esDraft = { ...refund, versions: [refund.versions[0]!, { ...refund.versions[1]!, status: "draft" as const }] };
    expect(planReply({ text: "¿Cómo pido un reembolso?", language: "es" }, [esDraft], 0.6)).toMatchObject({ kind: "answer", version: null, source: { id: "v-en" } });
  });

  it("never answers below the threshold, and says why", () => {
    const plan = planReply({ text: "¿Venden bicicletas de montaña?", language: "es" }, [shipping], 0.6);
    expect(plan).toEqual({ kind: "no_answer", confidence: 0.4, familyId: "f-ship", reason: expect.stringContaining("below the threshold 0.60") });
    expect(planReply({ text: "¿Venden bicicletas?", language: "es" }, [], 0.6)).toMatchObject({ kind: "no_answer", confidence: null });
  });

  it("hands off before looking at the knowledge base", () => {
    const plan = planReply({ text: "Quiero hablar con una persona, por favor", language: "es" }, [{ ...refund, confidence: 0.99 }], 0.6);
    expect(plan).toMatchObject({ kind: "handoff", match: { language: "es", in: "original" } });
  });
});

describe("versionFor", () => {
  it("prefers the exact tag, then the primary language", () => {
    const versions = [{ language: "pt" }, { language: "pt-BR" }, { language: "es" }];
    expect(versionFor(versions, "pt-BR")).toEqual({ language: "pt-BR" });
    expect(versionFor(versions, "es-MX")).toEqual({ language: "es" });
    expect(versionFor(versions, "fr")).toBeNull();
  });
});

describe("bot phrases", () => {
  it("every language's offer word hands the chat to a person when sent alone", () => {
    for (const [language, phrases] of Object.entries(BOT_PHRASES)) {
      expect(detectHandoff({ text: phrases.humanWord, language }), language).not.toBeNull();
      expect(fillPhrase(phrases.offerHuman, { word: phrases.humanWord })).toContain(phrases.humanWord);
      expect(Object.keys(phrases).sort()).toEqual(Object.keys(BOT_PHRASES.en!).sort());
    }
  });

  it("uses written phrases for a regional variant, machine ones through the gateway, else English with the reason", async () => {
    expect(writtenLanguageFor(Object.keys(BOT_PHRASES), "es-MX")).toBe("es");
    const failing = { translate: async (req: { texts: string[]; to: string }) => req.texts.map(() => ({ from: "en", to: req.to, error: { code: "TRANSLATION_UNAVAILABLE" as const, message: "No translation for en→sw" } })) };
    const english = await localizePhrases(BOT_PHRASES, "sw", failing);
    expect(english).toMatchObject({ language: "en", source: "english", note: expect.stringContaining("No translation for en→sw") });
    const upper = { translate: async (req: { texts: string[]; to: string }) => req.texts.map((t) => ({ text: t.toUpperCase(), from: "en", to: req.to, provenance: { engine: "test", score: null } })) };
    const machine = await localizePhrases(BOT_PHRASES, "ca", upper);
    expect(machine).toMatchObject({ language: "ca", source: "machine" });
    expect(machine.phrases.intro).toBe(BOT_PHRASES.en!.intro.toUpperCase());
    const written = await localizePhrases(BOT_PHRASES, "fr-CA", failing);
    expect(written).toMatchObject({ language: "fr", source: "written", note: null });
  });
});

describe("excerptOf", () => {
  it("keeps whole sentences within the limit and drops markup", () => {
    const body = "## Plazos\n\nPuede pedir un **reembolso** en 30 días. El dinero vuelve a su tarjeta en 5 días hábiles. ".repeat(8);
    const excerpt = excerptOf(body, 120);
    expect(excerpt.length).toBeLessThanOrEqual(120);
    expect(excerpt).toMatch(/^Plazos Puede pedir un reembolso en 30 días\./);
    expect(excerpt).not.toMatch(/[#*]/);
    expect(excerpt.endsWith(".")).toBe(true);
  });
});
