// The built-in concepts, with term lists written by people for languages that have no offline
// translation engine here (and for the ones that do: a machine draft of a lone term is often wrong).
// "*" at the end of a term matches any ending, for inflected languages (see concept-matcher.ts).

export interface BuiltinConcept {
  key: string;
  name: string;
  description: string;
  tag: string;
  /** Language of the definition; the others are its per-language lists. */
  language: "en";
  terms: Record<string, string[]>;
}

export const BUILTIN_CONCEPTS: readonly BuiltinConcept[] = [
  {
    key: "wholesale",
    name: "Wholesale",
    description: "Asks for wholesale or bulk prices, or wants to resell or distribute.",
    tag: "wholesale interest",
    language: "en",
    terms: {
      en: ["wholesale", "bulk order", "bulk price", "bulk pricing", "bulk discount", "reseller", "distributor", "trade price", "volume discount"],
      vi: ["bán buôn", "giá sỉ", "mua sỉ", "bán sỉ", "lấy sỉ", "giá buôn", "số lượng lớn", "nhà phân phối", "đại lý"],
      fr: ["vente en gros", "prix de gros", "commande en gros", "achat en gros", "grossiste*", "revendeur*", "distributeur*", "remise sur quantité"],
      de: ["Großhandel*", "Grosshandel*", "Großbestellung*", "Großabnehmer*", "Wiederverkäufer*", "Händlerpreis*", "Mengenrabatt*", "Vertriebspartner*"],
      es: ["al por mayor", "precio mayorista", "precios mayoristas", "mayorista*", "mayoreo", "distribuidor*", "revendedor*", "pedido grande", "descuento por volumen"],
      pt: ["atacado", "por atacado", "preço de atacado", "atacadista*", "por grosso", "revendedor*", "distribuidor*", "desconto por volume"],
      ru: ["оптом", "опт", "оптов*", "дистрибьютор*", "дилер*", "крупный заказ", "крупная партия", "большая партия"],
      zh: ["批发", "批發", "批发价", "批發價", "大批量", "经销商", "經銷商", "分销商", "分銷商", "大宗采购", "大宗採購"],
      ja: ["卸売", "卸売り", "卸値", "卸価格", "大口注文", "大量注文", "まとめ買い", "問屋", "代理店"],
      ar: ["بالجملة", "سعر الجملة", "أسعار الجملة", "تاجر جملة", "تجار الجملة", "موزع*", "بكميات كبيرة", "طلبية كبيرة"],
    },
  },
  {
    key: "refund",
    name: "Refund",
    description: "Wants money back for an order.",
    tag: "refund request",
    language: "en",
    terms: {
      en: ["refund*", "money back", "reimburse*", "repayment", "chargeback", "return my money"],
      vi: ["hoàn tiền", "hoàn lại tiền", "trả lại tiền", "đòi lại tiền", "hoàn trả"],
      fr: ["rembours*", "rendre mon argent", "récupérer mon argent"],
      de: ["Rückerstattung*", "Erstattung*", "erstatten", "erstattet", "zurückerstatt*", "Geld zurück", "Rückzahlung*"],
      es: ["reembols*", "devolución del dinero", "devolver el dinero", "devuelvan el dinero", "devuelvan mi dinero", "mi dinero de vuelta"],
      pt: ["reembols*", "estorno", "devolução do dinheiro", "meu dinheiro de volta", "ressarcimento"],
      ru: ["возврат денег", "возврат средств", "вернуть деньги", "верните деньги", "вернуть мои деньги", "верните мои деньги", "вернуть средства", "компенсаци*"],
      zh: ["退款", "退钱", "退錢", "退还", "退還", "返还货款"],
      ja: ["返金", "払い戻し", "払戻し"],
      ar: ["استرداد", "استرجاع المبلغ", "إرجاع المبلغ", "رد المبلغ", "استرجاع أموالي"],
    },
  },
  {
    key: "cancel",
    name: "Cancellation",
    description: "Wants to cancel an order, a subscription or a contract.",
    tag: "cancellation risk",
    language: "en",
    terms: {
      en: ["cancel*", "unsubscribe", "terminate my contract", "close my account"],
      vi: ["hủy đơn", "huỷ đơn", "hủy bỏ", "huỷ bỏ", "hủy đặt", "huỷ đặt", "hủy hợp đồng", "huỷ hợp đồng", "không mua nữa"],
      fr: ["annul*", "résili*", "désabonner"],
      de: ["storn*", "kündig*", "gekündigt", "abbestellen", "widerruf*"],
      es: ["cancel*", "anular", "anulación", "dar de baja", "darme de baja"],
      pt: ["cancel*", "anular", "desistir", "desistência"],
      ru: ["отменить", "отмените", "отменю", "отмена", "отмену", "отмены", "отменили", "отменен*", "аннулир*", "расторг*", "отказаться от заказа", "отписаться"],
      zh: ["取消", "退订", "退訂", "撤销", "撤銷", "解约", "解約"],
      ja: ["キャンセル", "取り消し", "取消", "解約"],
      ar: ["إلغاء", "ألغي", "ألغوا", "فسخ العقد", "إلغاء الاشتراك"],
    },
  },
  {
    key: "invoice",
    name: "Invoice",
    description: "Asks for an invoice, a receipt or billing details.",
    tag: "invoice request",
    language: "en",
    terms: {
      en: ["invoice*", "receipt", "tax invoice", "VAT number", "billing address"],
      vi: ["hóa đơn", "hoá đơn", "xuất hóa đơn", "xuất hoá đơn", "hóa đơn đỏ", "biên lai"],
      fr: ["factur*", "reçu fiscal"],
      de: ["Rechnung*", "Quittung*", "Beleg"],
      es: ["factur*", "comprobante de pago", "comprobante fiscal"],
      pt: ["fatura*", "factura*", "nota fiscal", "recibo"],
      ru: ["счет-фактур*", "счет на оплату", "выставить счет", "выставите счет", "квитанци*", "инвойс*"],
      zh: ["发票", "發票", "收据", "收據", "开票", "開票"],
      ja: ["請求書", "領収書", "インボイス"],
      ar: ["فاتورة", "فواتير", "إيصال"],
    },
  },
];
