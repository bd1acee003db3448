import { describe, expect, it } from "vitest";
import { createNlpjsSentimentAnalyzer } from "../../../src/language/sentiment/nlpjs-sentiment-analyzer.js";

// Customer messages written for these tests, with clear polarity, several per language and polarity.
const MESSAGES: Record<string, { positive: string[]; negative: string[] }> = {
  en: {
    positive: [
      "Thank you so much, the replacement arrived quickly and works perfectly.",
      "Great service, your agent was really helpful and friendly!",
      "I'm very happy with my order, excellent quality.",
    ],
    negative: [
      "The package arrived broken and nobody answers my emails.",
      "Terrible experience, I've been waiting three weeks for a refund.",
      "Your app keeps crashing and support is useless.",
    ],
  },
  es: {
    positive: [
      "Muchas gracias, el pedido llegó rápido y en perfecto estado.",
      "Excelente atención, la agente fue muy amable.",
      "Estoy muy contento con la compra, lo recomiendo.",
    ],
    negative: [
      "El paquete llegó roto y nadie responde a mis correos.",
      "Pésimo servicio, llevo un mes esperando el reembolso.",
      "Estoy harto, el producto no funciona.",
    ],
  },
  fr: {
    positive: [
      "Merci beaucoup, le colis est arrivé rapidement et en parfait état.",
      "Service client impeccable, je suis ravie.",
      "Très bon produit, je le recommande.",
    ],
    negative: [
      "Le colis est arrivé cassé et personne ne répond.",
      "Service horrible, j'attends mon remboursement depuis un mois.",
      "Je suis très déçu, l'appareil ne fonctionne pas.",
    ],
  },
  de: {
    positive: [
      "Vielen Dank, die Lieferung kam schnell und alles ist perfekt.",
      "Super Service, der Mitarbeiter war sehr freundlich und hilfsbereit.",
      "Ich bin sehr zufrieden mit dem Produkt.",
    ],
    negative: [
      "Das Paket kam kaputt an und niemand antwortet auf meine E-Mails.",
      "Schrecklicher Kundendienst, ich warte seit Wochen auf die Rückerstattung.",
      "Ich bin total enttäuscht, das Gerät ist defekt.",
    ],
  },
  pt: {
    positive: [
      "Muito obrigado, o pedido chegou rápido e em perfeito estado.",
      "Atendimento excelente, a atendente foi muito atenciosa.",
      "Adorei o produto, recomendo!",
    ],
    negative: [
      "O pacote chegou quebrado e ninguém responde meus e-mails.",
      "Péssimo atendimento, estou esperando o reembolso há um mês.",
      "Estou muito decepcionada, o aparelho não funciona.",
    ],
  },
  it: {
    positive: [
      "Grazie mille, il pacco è arrivato velocemente e in perfette condizioni.",
      "Servizio ottimo, l'operatore è stato gentilissimo.",
      "Sono molto soddisfatta dell'acquisto.",
    ],
    negative: [
      "Il pacco è arrivato rotto e nessuno risponde alle mie email.",
      "Servizio pessimo, aspetto il rimborso da un mese.",
      "Sono deluso, il prodotto non funziona.",
    ],
  },
  nl: {
    positive: [
      "Hartelijk bedankt, de bestelling kwam snel en alles is perfect.",
      "Geweldige service, de medewerker was erg vriendelijk.",
      "Ik ben heel tevreden met het product.",
    ],
    negative: [
      "Het pakket kwam kapot aan en niemand reageert op mijn e-mails.",
      "Slechte service, ik wacht al weken op mijn terugbetaling.",
      "Ik ben erg teleurgesteld, het apparaat werkt niet.",
    ],
  },
  ru: {
    positive: [
      "Большое спасибо, заказ пришёл быстро и всё отлично.",
      "Отличный сервис, оператор был очень вежливый.",
      "Я очень довольна покупкой, рекомендую.",
    ],
    negative: [
      "Посылка пришла сломанной, и никто не отвечает на мои письма.",
      "Ужасный сервис, жду возврат денег уже месяц.",
      "Очень разочарован, устройство не работает.",
    ],
  },
  ar: {
    positive: ["شكرا جزيلا، وصل الطلب بسرعة وكل شيء ممتاز.", "خدمة رائعة والموظف كان لطيف جدا.", "أنا سعيد جدا بالمنتج، أنصح به."],
    negative: ["وصل الطرد مكسورا ولا أحد يرد على رسائلي.", "خدمة سيئة جدا، أنتظر استرداد المبلغ منذ شهر.", "المنتج لا يعمل وأنا غاضب جدا."],
  },
  zh: {
    positive: ["非常满意，物流很快，谢谢！", "客服态度很好，很耐心地帮我解决了问题。", "质量很好，强烈推荐。"],
    negative: ["包裹破损了，客服也不回复，太差了", "等了两个星期还没收到，我要退款。", "质量太差了，非常失望。"],
  },
  ja: {
    positive: ["迅速な対応ありがとうございました。とても満足しています。", "商品はとても素晴らしいです。また利用します。", "丁寧な梱包で、最高でした！"],
    negative: ["最悪です。商品が壊れていました。", "二週間待っても届きません。返金してください。", "サポートの対応がひどい。二度と買わない。"],
  },
  ko: {
    positive: ["정말 좋아요! 빠른 배송 감사합니다.", "상담원이 너무 친절해서 만족합니다.", "제품 품질이 최고예요. 추천합니다."],
    negative: [
      "배송이 너무 늦고 제품이 망가졌어요. 최악입니다.",
      "환불을 요청했는데 아무도 답변이 없어요. 정말 실망입니다.",
      "고장난 제품을 받았어요. 짜증나요.",
    ],
  },
  tr: {
    positive: [
      "Çok teşekkürler, sipariş hızlı geldi ve her şey mükemmel.",
      "Harika hizmet, müşteri temsilcisi çok nazikti.",
      "Üründen çok memnunum, tavsiye ederim.",
    ],
    negative: ["Paket kırık geldi ve kimse cevap vermiyor.", "Berbat bir hizmet, bir aydır iade bekliyorum.", "Ürün çalışmıyor, çok kötü."],
  },
  pl: {
    positive: [
      "Bardzo dziękuję, paczka przyszła szybko i wszystko jest świetnie.",
      "Świetna obsługa, konsultant był bardzo miły.",
      "Jestem bardzo zadowolona z zakupu, polecam.",
    ],
    negative: [
      "Paczka przyszła uszkodzona i nikt nie odpowiada na moje maile.",
      "Fatalna obsługa, czekam na zwrot pieniędzy od miesiąca.",
      "Jestem rozczarowany, urządzenie nie działa.",
    ],
  },
  vi: {
    positive: [
      "Rất hài lòng, giao hàng nhanh, cảm ơn shop!",
      "Nhân viên tư vấn nhiệt tình và thân thiện.",
      "Sản phẩm chất lượng tốt, tôi sẽ ủng hộ tiếp.",
    ],
    negative: [
      "Giao hàng quá chậm, sản phẩm bị hỏng.",
      "Tôi rất thất vọng, gọi mãi không ai trả lời.",
      "Hàng kém chất lượng, tôi muốn hoàn tiền.",
    ],
  },
  th: {
    positive: ["ขอบคุณมากครับ ประทับใจมาก", "สินค้าดีมาก ส่งเร็ว พนักงานสุภาพ", "พอใจกับบริการมากค่ะ"],
    negative: ["สินค้าเสียหาย บริการแย่มาก", "รอของมาสองอาทิตย์แล้ว ยังไม่ได้รับเลย ผิดหวังมาก", "โทรไปไม่มีใครตอบ แย่ที่สุด"],
  },
};

const analyzer = createNlpjsSentimentAnalyzer();

describe("lexicon sentiment on customer messages", () => {
  for (const [language, { positive, negative }] of Object.entries(MESSAGES)) {
    it(`${language}: reads clear praise as positive and clear complaints as negative`, async () => {
      for (const text of positive) expect((await analyzer.analyze(text, language)).label, text).toBe("positive");
      for (const text of negative) expect((await analyzer.analyze(text, language)).label, text).toBe("negative");
    });
  }

  it("covers 16 languages with 10+ messages per polarity", () => {
    const all = Object.values(MESSAGES);
    expect(all.length).toBeGreaterThanOrEqual(16);
    expect(all.flatMap((m) => m.positive).length).toBeGreaterThanOrEqual(10);
    expect(all.flatMap((m) => m.negative).length).toBeGreaterThanOrEqual(10);
  });

  it("reads regional tags by their primary subtag (pt-BR, zh-CN, zh-Hant-TW)", async () => {
    expect((await analyzer.analyze("Adorei o produto, recomendo!", "pt-BR")).label).toBe("positive");
    expect((await analyzer.analyze("包裹破损了，客服也不回复，太差了", "zh-CN")).label).toBe("negative");
    expect((await analyzer.analyze("非常滿意，謝謝！", "zh-Hant-TW")).label).toBe("positive");
  });
});
