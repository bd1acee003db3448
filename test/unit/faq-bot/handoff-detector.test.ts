import { describe, expect, it } from "vitest";
import { detectHandoff, foldText } from "../../../src/modules/faq-bot/handoff-detector.js";

const asks = (text: string, language: string, translation?: { text: string; to: string }) => detectHandoff({ text, language, translation: translation ?? null });

describe("foldText", () => {
  it("drops accents and punctuation, and unifies Arabic alef forms and ta marbuta", () => {
    expect(foldText("¿Quiero hablar con alguién, POR FAVOR?")).toBe("quiero hablar con alguien por favor");
    expect(foldText("أريد التحدث مع موظف خدمة العملاء")).toBe("اريد التحدث مع موظف خدمه العملاء");
    expect(foldText("Ich möchte mit einem Menschen sprechen.")).toBe("ich mochte mit einem menschen sprechen");
  });
});

describe("detectHandoff: customers asking for a person", () => {
  it.each([
    ["Quiero hablar con una persona, por favor", "es"],
    ["¿Me pasan con un agente humano?", "es"],
    ["Necesito hablar con alguien de atención al cliente", "es"],
    ["Can I talk to a human?", "en"],
    ["I want to speak with a real person please", "en"],
    ["Please transfer me to an agent", "en"],
    ["Je voudrais parler à un humain", "fr"],
    ["Est-ce que je peux parler à un conseiller ?", "fr"],
    ["Ich möchte mit einem Menschen sprechen", "de"],
    ["Kann ich bitte mit einem Mitarbeiter sprechen?", "de"],
    ["Quero falar com um atendente", "pt"],
    ["Vorrei parlare con un operatore", "it"],
    ["Соедините меня с оператором", "ru"],
    ["Хочу поговорить с живым человеком", "ru"],
    ["أريد التحدث مع موظف", "ar"],
    ["请帮我转人工客服", "zh"],
    ["オペレーターと話したいです", "ja"],
    ["상담원 연결해 주세요", "ko"],
    ["Tôi muốn gặp nhân viên tư vấn", "vi"],
  ])("%s (%s)", (text, language) => {
    expect(asks(text, language)).not.toBeNull();
  });

  it("takes one- to three-word requests in any language, whatever the detector guessed", () => {
    expect(asks("agent", "fr")).toMatchObject({ phrase: "agent" });
    expect(asks("¿Humano?", "pt")).toMatchObject({ language: "es" });
    expect(asks("оператор", "bg")).toMatchObject({ language: "ru" });
    expect(asks("人工", "ja")).toMatchObject({ language: "zh" });
  });

  it("hands off on the translation when the customer's language has no lexicon", () => {
    const match = asks("Ndoto kuzungumza na mtu halisi", "sw", { text: "I would like to talk to a real person", to: "en" });
    expect(match).toEqual({ language: "en", phrase: "real person", in: "translation" });
  });
});

describe("detectHandoff: ordinary questions stay with the bot", () => {
  it.each([
    ["¿Cómo puedo pedir un reembolso de mi pedido?", "es"],
    ["¿Venden bicicletas de montaña?", "es"],
    ["My travel agent booked the wrong size, can I exchange it?", "en"],
    ["The person at the door did not leave the parcel", "en"],
    ["Where is my order? It was supposed to arrive on Friday.", "en"],
    ["Le colis est arrivé abîmé, que dois-je faire ?", "fr"],
    ["Wie lange dauert der Versand nach Österreich?", "de"],
    ["我想了解人工智能产品的退货政策", "zh"],
    ["Сколько стоит доставка в Казань?", "ru"],
  ])("%s (%s)", (text, language) => {
    expect(asks(text, language)).toBeNull();
  });
});
