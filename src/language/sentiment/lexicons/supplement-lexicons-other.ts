// Customer-service words the nlp.js dictionaries miss or misjudge, AFINN scale -5…5.
type Lexicon = Readonly<Record<string, number>>;

export const RU: Lexicon = {
  отлично: 4, отличный: 4, хорошо: 2, хороший: 2, спасибо: 2, "большое спасибо": 3, доволен: 3, довольна: 3,
  довольны: 3, быстро: 2, быстрый: 2, вежливый: 3, рекомендую: 3, супер: 3, прекрасно: 4, замечательно: 4,
  идеально: 4, благодарю: 3, понравилось: 3, помогли: 2, решили: 2,
  плохо: -3, плохой: -3, ужасно: -4, ужасный: -4, кошмар: -4, сломан: -3, сломанный: -3, сломанной: -3,
  сломался: -3, повреждён: -3, повреждена: -3, брак: -3, бракованный: -3, задержка: -2, медленно: -2,
  возврат: -1, "верните деньги": -4, жалоба: -3, разочарован: -3, разочарована: -3, разочарование: -3,
  возмутительно: -4, безобразие: -4, мошенники: -5, обман: -4, "никто не отвечает": -3, "нет ответа": -3,
  "не работает": -3, "не пришёл": -3, "не пришла": -3, худший: -5, проблема: -1, ошибка: -2,
  отвратительно: -5, отвратительный: -5, хамство: -4, грубо: -3, "больше никогда": -4, бесполезно: -3,
  "до сих пор": -1, "до сих пор не": -2,
};

export const PL: Lexicon = {
  dobry: 2, dobra: 2, dobrze: 2, świetny: 4, świetnie: 4, świetna: 4, doskonały: 4, doskonale: 4, super: 3,
  dziękuję: 2, dzięki: 2, "bardzo dziękuję": 3, zadowolony: 3, zadowolona: 3, zadowoleni: 3, szybko: 2,
  szybki: 2, szybka: 2, miły: 2, miła: 2, uprzejmy: 3, polecam: 3, idealny: 4, idealnie: 4, rewelacja: 4,
  rewelacyjny: 4, wspaniały: 4, wspaniale: 4, profesjonalnie: 3, fantastycznie: 4, zachwycony: 4,
  zachwycona: 4, "bardzo dobrze": 3, cieszę: 3, cieszy: 3, "na medal": 3,
  zły: -3, zła: -3, źle: -3, fatalny: -4, fatalnie: -4, okropny: -4, okropnie: -4, straszny: -4,
  strasznie: -3, beznadziejny: -4, beznadziejnie: -4, tragedia: -4, tragiczny: -4, zepsuty: -3, zepsuta: -3,
  zepsute: -3, uszkodzony: -3, uszkodzona: -3, uszkodzone: -3, wadliwy: -3, opóźnienie: -2, zwrot: -1,
  "zwrot pieniędzy": -3, reklamacja: -3, reklamację: -3, skarga: -3, rozczarowany: -3, rozczarowana: -3,
  rozczarowanie: -3, zdenerwowany: -3, zdenerwowana: -3, wkurzony: -4, oszustwo: -5, oszuści: -5,
  skandal: -4, skandaliczny: -4, "nikt nie odpowiada": -3, "brak odpowiedzi": -3, "nie działa": -3,
  "nie dotarła": -3, "nie dotarło": -3, "nie dotarł": -3, najgorszy: -5, problem: -1, błąd: -2,
  "nigdy więcej": -4, niegrzeczny: -3, żenada: -4, porażka: -4, "nadal nie": -2, "wciąż nie": -2,
};

export const TR: Lexicon = {
  harika: 4, mükemmel: 4, süper: 3, güzel: 3, iyi: 2, iyiydi: 2, teşekkürler: 2, teşekkür: 2,
  "teşekkür ederim": 3, sağol: 2, sağolun: 2, memnun: 3, hızlı: 2, nazik: 3, tavsiye: 2, başarılı: 3,
  kaliteli: 3, mutlu: 3, muhteşem: 4, çözüldü: 2, beğen: 2, beğendim: 3, bayıldım: 4, ilgili: 1,
  kötü: -3, berbat: -4, rezalet: -5, rezil: -4, korkunç: -4, bozuk: -3, kırık: -3, hasarlı: -3, hasar: -2,
  arızalı: -3, gecikme: -2, geç: -1, yavaş: -2, iade: -1, "yardım etmiyor": -3, "yardımcı olmuyor": -3, ilgilenmiyor: -3, "ilgilenen yok": -3, şikayet: -3, şikâyet: -3, "hayal kırıklığı": -3,
  sinir: -3, sinirli: -3, kızgın: -3, dolandırıcı: -5, dolandırıcılık: -5, "kimse cevap vermiyor": -3,
  "cevap vermiyor": -3, "cevap yok": -3, "yanıt yok": -3, çalışmıyor: -3, gelmedi: -3, sorun: -2, hata: -2,
  "bir daha asla": -4, saygısız: -3, "kabul edilemez": -4, felaket: -4, maalesef: -1, pişman: -3, mağdur: -3,
};

export const AR: Lexicon = {
  ممتاز: 4, ممتازة: 4, رائع: 4, رائعة: 4, جيد: 2, جيدة: 2, شكرا: 2, "شكرا جزيلا": 3, شكراً: 2, سعيد: 3,
  سعيدة: 3, راض: 3, راضي: 3, راضية: 3, سريع: 2, سريعة: 2, بسرعة: 2, لطيف: 3, محترم: 3, أنصح: 3, مثالي: 4,
  جميل: 3, جميلة: 3, متميز: 4, احترافي: 3, أحسنتم: 3, مشكور: 3, مشكورين: 3, ممتن: 3, شاكر: 3,
  سيء: -3, سيئة: -3, سيئ: -3, سئ: -3, رديء: -4, رديئة: -4, فظيع: -4, فظيعة: -4, مكسور: -3, مكسورة: -3,
  مكسورا: -3, تالف: -3, تالفة: -3, معطل: -3, معطلة: -3, متأخر: -2, تأخير: -2, تأخر: -2, بطيء: -2,
  بطيئة: -2, استرجاع: -1, استرداد: -1, شكوى: -3, محبط: -3, "خيبة أمل": -4, غاضب: -3, غاضبة: -3,
  زعلان: -3, احتيال: -5, نصاب: -5, نصب: -4, "لا أحد يرد": -3, "لا أحد يجيب": -3, "لم يصل": -3,
  "لم تصل": -3, "لا يعمل": -3, أسوأ: -5, مشكلة: -1, خطأ: -2, "لن أتعامل": -4, "لن أشتري": -4, وقح: -3,
  مهزلة: -4, "غير مقبول": -4, كارثة: -4, للأسف: -1, "لا يرد": -3,
};

export const KO: Lexicon = {
  좋아: 2, 좋은: 2, 좋습: 2, 좋았: 2, 좋네: 2, 좋고: 2, 좋다: 2, 좋지: 2, 좋음: 2, 최고: 4, 훌륭: 4, 완벽: 4,
  감사: 2, 고맙: 2, 고마워: 2, 만족: 3, 친절: 3, 빠르: 2, 빨라: 2, 빠른: 2, 빨리: 1, 신속: 2, 추천: 2, 행복: 3,
  기쁘: 3, 기뻐: 3, 대박: 3, 멋지: 3, 멋있: 3, 예쁘: 2, 예뻐: 2, 편리: 2, 편하: 2, 깔끔: 2, 감동: 3, 든든: 2,
  해결: 2, 사랑: 3,
  최악: -5, 나쁘: -3, 나빠: -3, 나쁜: -3, 별로: -2, 실망: -3, 불만: -3, 불친절: -3, 불편: -2, 느리: -2, 느려: -2,
  늦고: -2, 늦게: -2, 늦어: -2, 늦었: -2, 늦은: -2, 늦다: -2, 지연: -2, 고장: -3, 망가: -3, 파손: -3, 깨졌: -3,
  깨진: -3, 불량: -3, 환불: -1, 반품: -2, 항의: -3, 짜증: -3, 화나: -3, 화가: -3, 답답: -3, 사기: -5, 엉망: -4,
  형편없: -4, 쓰레기: -4, 문제: -1, 오류: -2, 에러: -2, 무시: -3, 후회: -3, 싫어: -3, 싫다: -3, 싫은: -3,
  비싸: -1, 엉터리: -4, 무책임: -4, 황당: -3, 어이없: -4, 귀찮: -2, 맛없: -3, 재미없: -2, 아무도: -1,
};

export const TH: Lexicon = {
  ดี: 2, ดีมาก: 3, เยี่ยม: 4, ยอดเยี่ยม: 4, ขอบคุณ: 2, ขอบคุณมาก: 3, ประทับใจ: 3, พอใจ: 3, ชอบ: 3,
  ชอบมาก: 3, เร็ว: 2, รวดเร็ว: 2, สุดยอด: 4, ถูกใจ: 3, สะดวก: 2, คุ้มค่า: 3, คุ้ม: 2, แนะนำ: 2, สวย: 2,
  ดีเยี่ยม: 4, ใส่ใจ: 3, สุภาพ: 3, มีคุณภาพ: 3, ดีใจ: 3, รัก: 3, บริการดี: 3,
  แย่: -3, แย่มาก: -4, ห่วย: -4, เสีย: -2, เสียหาย: -3, เสียใจ: -3, เสียเวลา: -3, ช้า: -2, ช้ามาก: -3,
  ผิดหวัง: -3, โกรธ: -3, หงุดหงิด: -3, ไม่พอใจ: -3, ชำรุด: -3, พัง: -3, แตก: -3, คืนเงิน: -1, ร้องเรียน: -3,
  โกง: -4, หลอกลวง: -4, หลอก: -3, ไม่มีใครตอบ: -3, ไม่ตอบ: -3, ไม่ได้รับ: -3, ล่าช้า: -3, แพง: -1,
  เลวร้าย: -4, เลว: -3, แย่ที่สุด: -5, ปัญหา: -1, ผิด: -2, ผิดพลาด: -2, น่าผิดหวัง: -3, เซ็ง: -2, เบื่อ: -2,
  รำคาญ: -3, ไม่ดี: -3,
  // not the polar word they start with
  เสียง: 0, ช้าง: 0, ดีล: 0,
};

// Blatant errors spotted in smaller nlp.js dictionaries (Hungarian AFINN scores "szörnyű", terrible, +4).
export const HU: Lexicon = { szörnyű: -4, szörnyen: -3, borzalmas: -4, köszönöm: 2 };

export const SV: Lexicon = { tack: 2, "tack så mycket": 3, jättebra: 4, bra: 2, dålig: -3, dåligt: -3 };
