import { describe, expect, it } from "vitest";
import { chineseVariant } from "../../../src/language/detection/chinese-variant.js";
import { createLanguageDetection, detectMany } from "../../../src/language/detection/detection.service.js";
import { FastTextLid } from "../../../src/language/detection/fasttext-detector.js";
import { FrancDetector } from "../../../src/language/detection/franc-detector.js";
import { decideByScript } from "../../../src/language/detection/script-rules.js";
import { fastTextTag, francTag } from "../../../src/language/detection/tag-mapping.js";
import { cleanText } from "../../../src/language/detection/text-cleaning.js";

const detector = createLanguageDetection();

const LONG_ENGLISH = `Dear customer,

Thank you for contacting our support team. We have received your request regarding order 48213 and
forwarded it to the warehouse. Our colleagues will check the shipment status with the carrier and get back
to you within two business days. In the meantime, you can follow the parcel on our website.

Please do not hesitate to contact us if you have any further questions about your order or our products.

Kind regards,
Emily Johnson
Customer Service Team`;

describe("mixed-language text", () => {
  it("reports each paragraph's language and share, the larger share first", async () => {
    const text = [
      "Hello, I ordered two chairs last week and the delivery date keeps moving. Could you tell me when they will arrive?",
      "Bonjour, j'ai commandé deux chaises la semaine dernière et la date de livraison change sans cesse.",
    ].join("\n\n");
    const d = await detector.detect(text);
    expect(d.mixed?.map((m) => m.language)).toEqual(["en", "fr"]);
    expect(d.language).toBe("en");
    const shares = d.mixed!.map((m) => m.share);
    expect(shares[0]! + shares[1]!).toBeCloseTo(1, 1);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
    expect(d.alternatives[0]?.language).toBe("fr");
  });

  it("keeps greetings and sign-offs with their paragraph instead of calling them a language", async () => {
    const text = "Hi,\n\nIch warte seit drei Wochen auf meine Bestellung und niemand antwortet mir.\n\nThanks";
    const d = await detector.detect(text);
    expect(d.language).toBe("de");
    expect(d.mixed).toBeUndefined();
  });

  it("does not split Chinese into zh and zh-Hans across paragraphs", async () => {
    const d = await detector.detect("你好，我的订单还没有到，请帮我查一下物流信息。\n\n谢谢你们的帮助。");
    expect(d).toMatchObject({ language: "zh-Hans" });
    expect(d.mixed).toBeUndefined();
  });
});

describe("quoted replies and signatures", () => {
  it("detects a short German reply above a long quoted English mail (Gmail style)", async () => {
    const quoted = LONG_ENGLISH.split("\n").map((l) => `> ${l}`).join("\n");
    const text = `Danke, aber das Paket ist immer noch nicht da.\n\nAm Mo., 4. März 2024 um 09:15 Uhr schrieb Support <support@example.com>:\n${quoted}`;
    expect((await detector.detect(text)).language).toBe("de");
  });

  it("detects a short German reply above an unquoted original (Outlook style)", async () => {
    const text = `Danke, aber das Paket ist immer noch nicht da.\n\n-----Original Message-----\nFrom: Support <support@example.com>\nSent: Monday, March 4, 2024 9:15 AM\n\n${LONG_ENGLISH}`;
    expect((await detector.detect(text)).language).toBe("de");
  });

  it("cuts quote headers in several languages, wrapped over two lines too", () => {
    const headers = [
      "On Mon, Mar 4, 2024 at 9:15 AM John Smith <john@example.com> wrote:",
      "On Mon, Mar 4, 2024 at 9:15 AM John Smith <\njohn@example.com> wrote:",
      "Le lun. 4 mars 2024 à 09:15, Jean Dupont <jean@example.fr> a écrit :",
      "El lun, 4 mar 2024 a las 9:15, Juan <juan@example.es> escribió:",
      "2024年3月4日(月) 9:15 山田太郎 <taro@example.jp>:",
      "张伟 <wei@example.cn> 于2024年3月4日周一 09:15写道：",
      "-----Ursprüngliche Nachricht-----",
    ];
    for (const header of headers) {
      expect(cleanText(`Merci pour votre réponse rapide.\n${header}\nThis is the old message in English.`)).toEqual([
        "Merci pour votre réponse rapide",
      ]);
    }
  });

  it("keeps the writer's text after a header that opens the mail (bottom posting)", () => {
    expect(cleanText("On Mon, Mar 4, 2024 John <j@x.com> wrote:\n> Where is it?\nPaket ist angekommen, danke!")).toEqual([
      "Paket ist angekommen danke",
    ]);
  });

  it("drops signatures and 'sent from my phone' lines", async () => {
    const text = "Bonjour, ma commande n'est toujours pas arrivée. Pouvez-vous vérifier ?\n\n-- \nJohn Smith\nSenior Account Manager, Acme Trading Ltd, London\nPhone +44 20 7946 0000";
    expect(cleanText(text)).toEqual(["Bonjour ma commande n'est toujours pas arrivée Pouvez-vous vérifier"]);
    expect(cleanText("Wo bleibt meine Bestellung?\n\nSent from my iPhone")).toEqual(["Wo bleibt meine Bestellung"]);
    expect(cleanText("¿Dónde está mi pedido?\nEnviado desde mi iPhone")).toEqual(["Dónde está mi pedido"]);
    const d = await detector.detect(`${text}\n\nSent from my iPhone`);
    expect(d.language).toBe("fr");
    expect(d.mixed).toBeUndefined();
  });
});

describe("text cleaning", () => {
  it("removes links, addresses, handles, hashtags, numbers, emoji and punctuation", () => {
    expect(
      cleanText("Hi @acme_support, order #A-1234 (12.03.2024) 😡👍🏽 see https://shop.example.com/o?id=7 or mail me: ana.ruiz+shop@example.org #fail"),
    ).toEqual(["Hi order see or mail me"]);
  });

  it("keeps apostrophes and hyphens inside words, and unspaced CJK text next to numbers", () => {
    expect(cleanText("L'adresse e-mail n'est pas « valide »…")).toEqual(["L'adresse e-mail n'est pas valide"]);
    expect(cleanText("订单12345还没到")).toEqual(["订单 还没到"]);
  });

  it("returns nothing when no letters are left, and und from the detector", async () => {
    for (const text of ["12345", "😀😀", "https://example.com", "👍 #123 @bob", "-- \nJohn"]) {
      expect(cleanText(text)).toEqual([]);
      expect(await detector.detect(text)).toEqual({ language: "und", confidence: 1, alternatives: [] });
    }
  });
});

describe("script rules", () => {
  it.each([
    ["안녕하세요 주문 확인 부탁드립니다", "ko"],
    ["注文した商品がまだ届いていません", "ja"],
    ["東京駅の場所", "ja"],
    ["我的订单还没有到", "zh-Hans"],
    ["我的訂單還沒有到", "zh-Hant"],
    ["你好", "zh"],
    ["我嘅訂單仲未到，佢哋話今日寄", "yue"],
    ["สวัสดีครับ", "th"],
    ["שלום, ההזמנה שלי", "he"],
    ["ײַדיש איז אַ שפּראַך", "yi"],
    ["Καλησπέρα", "el"],
    ["გამარჯობა", "ka"],
    ["Բարև ձեզ", "hy"],
    ["வணக்கம்", "ta"],
    ["ሰላም", "am"],
    ["iPhone 15 Pro ยังไม่ได้รับของเลยครับ", "th"],
  ])("%s → %s", (text, expected) => {
    expect(decideByScript(text)?.language).toBe(expected);
  });

  it.each(["مرحبا، لم يصل طلبي", "Где мой заказ?", "मेरा ऑर्डर कहाँ है", "Where is my order?"])(
    "leaves shared scripts to the models: %s",
    (text) => {
      expect(decideByScript(text)).toBeUndefined();
    },
  );

  it("tells Simplified from Traditional by script-specific characters", () => {
    expect(chineseVariant("请帮我查一下")).toBe("zh-Hans");
    expect(chineseVariant("請幫我查一下")).toBe("zh-Hant");
    expect(chineseVariant("我想要一个")).toBe("zh-Hans");
    expect(chineseVariant("人人生而自由")).toBe("zh");
  });
});

describe("code mapping", () => {
  it("maps fastText's Wikipedia codes to canonical BCP 47", () => {
    expect(fastTextTag("en")).toBe("en");
    expect(fastTextTag("no")).toBe("nb");
    expect(fastTextTag("tl")).toBe("fil");
    expect(fastTextTag("als")).toBe("gsw");
    expect(fastTextTag("bh")).toBe("bho");
    expect(fastTextTag("eml")).toBe("egl");
    expect(fastTextTag("ceb")).toBe("ceb");
  });

  it("maps franc's ISO 639-3 codes to the shortest BCP 47 form", () => {
    expect(["fra", "cmn", "arb", "pes", "swh", "nob", "zlm", "tgl", "ekk", "ceb"].map(francTag)).toEqual([
      "fr", "zh", "ar", "fa", "sw", "nb", "ms", "fil", "et", "ceb",
    ]);
  });

  // A stand-in for the wasm model: fixed predictions, and a record of freed result vectors.
  function fakeLid(predictions: Array<[number, string]>) {
    const freed: number[] = [];
    const model = {
      predict: () => ({
        size: () => predictions.length,
        get: (i: number) => predictions[i]!,
        delete: () => freed.push(1),
      }),
    };
    return { lid: new FastTextLid(model), freed };
  }

  it("folds fastText's sh into the best of hr / bs / sr, or else calls it sr-Latn", () => {
    const kin = fakeLid([[0.5, "__label__sh"], [0.3, "__label__hr"], [0.2, "__label__bs"]]);
    expect(kin.lid.predict("Hvala, sada sve radi")).toEqual([
      { language: "hr", confidence: 0.8 },
      { language: "bs", confidence: 0.2 },
    ]);
    expect(kin.freed).toHaveLength(1);
    const alone = fakeLid([[0.9, "__label__sh"], [0.1, "__label__sl"]]);
    expect(alone.lid.predict("Hvala").map((g) => g.language)).toEqual(["sr-Latn", "sl"]);
  });

  it("refines fastText's zh by script and renames deprecated labels", () => {
    const { lid } = fakeLid([[0.9, "__label__zh"], [0.06, "__label__no"], [0.04, "__label__als"]]);
    expect(lid.predict("請幫我查一下").map((g) => g.language)).toEqual(["zh-Hant", "nb", "gsw"]);
    expect(lid.predict("请帮我查一下")[0]?.language).toBe("zh-Hans");
  });

  it("writes Serbian in Latin letters as sr-Latn and in Cyrillic as sr", async () => {
    expect((await detector.detect("Zdravo, moja porudžbina još uvek nije stigla. Možete li da proverite?")).language).toBe(
      "sr-Latn",
    );
    expect((await detector.detect("Здраво, моја поруџбина још увек није стигла. Можете ли да проверите?")).language).toBe("sr");
  });
});

describe("long and hostile input", () => {
  it("stays fast on a long mail and on long unbroken tokens", async () => {
    const long = `${LONG_ENGLISH}\n\n`.repeat(300);
    const blob = `Bitte prüfen Sie den Anhang 1 ${"QUJDRE".repeat(20_000)} ${"a".repeat(50_000)}@`;
    const started = performance.now();
    expect((await detector.detect(long)).language).toBe("en");
    expect((await detector.detect(blob)).language).toBe("de");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("franc on its own", () => {
  it("answers und with confidence 0 (cannot tell) below its minimum length", async () => {
    expect(await new FrancDetector().detect("Hola")).toEqual({ language: "und", confidence: 0, alternatives: [] });
    expect((await new FrancDetector({ minLetters: 3 }).detect("Hola amigos")).language).not.toBe("und");
  });
});

describe("detectMany", () => {
  it("answers one detection per text, in order", async () => {
    const results = await detectMany(detector, ["Where is my order?", "12345", "Où est ma commande ?"]);
    expect(results.map((r) => r.language)).toEqual(["en", "und", "fr"]);
    expect(await detectMany(detector, [])).toEqual([]);
  });
});
