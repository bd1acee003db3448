import { describe, expect, it } from "vitest";
import { createLanguageDetection } from "../../../src/language/detection/detection.service.js";
import { FastTextDetector } from "../../../src/language/detection/fasttext-detector.js";
import { FrancDetector } from "../../../src/language/detection/franc-detector.js";
import { languageDetectorContract } from "../../support/language-detector-contract.js";

languageDetectorContract("fasttext", () => new FastTextDetector());
languageDetectorContract("franc", () => new FrancDetector());
languageDetectorContract("mundo (composite)", () => createLanguageDetection());

const detector = createLanguageDetection();

// Short support messages as customers write them, [expected tag, text]. Tags follow the detector's
// conventions: zh-Hans / zh-Hant by script, sr (Cyrillic) / sr-Latn, nb for Bokmål, fil for Tagalog.
const MESSAGES: Array<[string, string]> = [
  ["en", "Where is my order? It was due on Monday."],
  ["en", "I was charged twice for the same invoice, please refund one."],
  ["en", "Refund not received yet"],
  ["es", "¿Dónde está mi pedido? Tenía que llegar el lunes."],
  ["es", "Me cobraron dos veces la misma factura, ¿pueden devolverme el dinero?"],
  ["es", "Mi contraseña no funciona"],
  ["fr", "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier ?"],
  ["fr", "Je voudrais annuler mon abonnement avant le prochain prélèvement."],
  ["fr", "Colis jamais reçu, merci"],
  ["de", "Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie nachsehen?"],
  ["de", "Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto."],
  ["de", "Paket ist beschädigt angekommen"],
  ["it", "Buongiorno, il mio ordine non è ancora arrivato. Potete controllare?"],
  ["it", "Vorrei cambiare l'indirizzo di consegna del mio ordine, grazie."],
  ["it", "Il pacco non è arrivato"],
  ["pt", "Olá, o meu pedido ainda não chegou. Podem verificar, por favor?"],
  ["pt", "Recebi o produto com defeito e quero trocar por um novo."],
  ["pt", "Quero cancelar a assinatura"],
  ["nl", "Hallo, mijn bestelling is nog steeds niet aangekomen. Kunt u dat nagaan?"],
  ["nl", "Ik wil graag mijn abonnement opzeggen per volgende maand."],
  ["nl", "Pakket nog niet ontvangen"],
  ["pl", "Dzień dobry, moje zamówienie wciąż nie dotarło. Czy mogą Państwo sprawdzić?"],
  ["pl", "Chciałbym zwrócić buty, bo rozmiar jest za mały."],
  ["pl", "Paczka nie dotarła"],
  ["ru", "Здравствуйте, мой заказ до сих пор не пришёл. Проверьте, пожалуйста."],
  ["ru", "Не могу войти в личный кабинет, пароль не подходит."],
  ["uk", "Добрий день, моє замовлення досі не надійшло. Перевірте, будь ласка."],
  ["uk", "Хочу повернути товар, бо він прийшов пошкодженим."],
  ["uk", "Посилка прийшла пошкодженою, що мені робити?"],
  ["bg", "Здравейте, поръчката ми все още не е пристигнала. Можете ли да проверите?"],
  ["bg", "Искам да върна продукта, защото е с дефект."],
  ["sr", "Здраво, моја поруџбина још увек није стигла. Можете ли да проверите?"],
  ["sr-Latn", "Zdravo, moja porudžbina još uvek nije stigla. Možete li da proverite?"],
  ["hr", "Poštovani, moja narudžba još uvijek nije stigla. Možete li provjeriti?"],
  ["hr", "Htio bih vratiti proizvod jer je stigao oštećen."],
  ["cs", "Dobrý den, moje objednávka stále nedorazila. Můžete to prosím zkontrolovat?"],
  ["cs", "Chtěl bych vrátit zboží, protože je poškozené."],
  ["sk", "Dobrý deň, moja objednávka stále neprišla. Môžete to prosím skontrolovať?"],
  ["sk", "Chcel by som vrátiť tovar, pretože je poškodený."],
  ["sl", "Pozdravljeni, moje naročilo še vedno ni prispelo. Ali lahko preverite?"],
  ["sl", "Kdaj bom dobil vračilo denarja za vrnjeno blago?"],
  ["mk", "Здраво, мојата нарачка сѐ уште не е пристигната. Можете ли да проверите?"],
  ["be", "Добры дзень, мая замова дагэтуль не прыйшла. Праверце, калі ласка."],
  ["be", "Вітаю, я хачу вярнуць тавар, ён прыйшоў пашкоджаным."],
  ["ro", "Bună ziua, comanda mea încă nu a ajuns. Puteți verifica, vă rog?"],
  ["ro", "Aș dori să returnez produsul, deoarece este deteriorat."],
  ["hu", "Jó napot, a rendelésem még mindig nem érkezett meg. Meg tudnák nézni?"],
  ["hu", "Elfelejtettem a jelszavamat, és nem tudok belépni a fiókomba."],
  ["tr", "Merhaba, siparişim hâlâ gelmedi. Kontrol edebilir misiniz lütfen?"],
  ["tr", "Ürün hasarlı geldi, iade etmek istiyorum."],
  ["el", "Καλησπέρα, η παραγγελία μου δεν έχει φτάσει ακόμα. Μπορείτε να ελέγξετε;"],
  ["he", "שלום, ההזמנה שלי עדיין לא הגיעה. אפשר לבדוק בבקשה?"],
  ["ar", "مرحبا، لم يصل طلبي حتى الآن. هل يمكنكم التحقق من ذلك من فضلكم؟"],
  ["ar", "أريد إلغاء اشتراكي واسترداد المبلغ المدفوع."],
  ["fa", "سلام، سفارش من هنوز نرسیده است. لطفاً بررسی کنید."],
  ["fa", "می‌خواهم اشتراکم را لغو کنم و پولم را پس بگیرم."],
  ["ur", "السلام علیکم، میرا آرڈر ابھی تک نہیں پہنچا۔ براہ کرم چیک کریں۔"],
  ["ur", "مجھے اپنا پاس ورڈ یاد نہیں، اکاؤنٹ میں لاگ ان نہیں ہو رہا۔"],
  ["hi", "नमस्ते, मेरा ऑर्डर अभी तक नहीं पहुंचा है। कृपया जांच करें।"],
  ["hi", "मुझे अपना पैसा वापस चाहिए, सामान टूटा हुआ आया है।"],
  ["mr", "नमस्कार, माझी ऑर्डर अजून आलेली नाही. कृपया तपासून सांगा."],
  ["mr", "मला माझे पैसे परत हवे आहेत, वस्तू तुटलेली आली."],
  ["ne", "नमस्ते, मेरो अर्डर अझै आइपुगेको छैन। कृपया जाँच गरिदिनुहोस्।"],
  ["ne", "मलाई मेरो पैसा फिर्ता चाहियो, सामान बिग्रिएको छ।"],
  ["bn", "নমস্কার, আমার অর্ডার এখনও পৌঁছায়নি। অনুগ্রহ করে একটু দেখবেন?"],
  ["ta", "வணக்கம், என் ஆர்டர் இன்னும் வரவில்லை. தயவுசெய்து சரிபார்க்கவும்."],
  ["te", "నమస్కారం, నా ఆర్డర్ ఇంకా రాలేదు. దయచేసి తనిఖీ చేయండి."],
  ["kn", "ನಮಸ್ಕಾರ, ನನ್ನ ಆರ್ಡರ್ ಇನ್ನೂ ಬಂದಿಲ್ಲ. ದಯವಿಟ್ಟು ಪರಿಶೀಲಿಸಿ."],
  ["ml", "നമസ്കാരം, എന്റെ ഓർഡർ ഇതുവരെ എത്തിയിട്ടില്ല. ദയവായി പരിശോധിക്കാമോ?"],
  ["gu", "નમસ્તે, મારો ઓર્ડર હજી સુધી આવ્યો નથી. કૃપા કરીને તપાસ કરશો?"],
  ["pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੇਰਾ ਆਰਡਰ ਅਜੇ ਤੱਕ ਨਹੀਂ ਆਇਆ। ਕਿਰਪਾ ਕਰਕੇ ਚੈੱਕ ਕਰੋ।"],
  ["si", "ආයුබෝවන්, මගේ ඇණවුම තවම ලැබී නැහැ. කරුණාකර පරීක්ෂා කරන්න."],
  ["th", "สวัสดีครับ คำสั่งซื้อของผมยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อยได้ไหมครับ"],
  ["lo", "ສະບາຍດີ, ສິນຄ້າທີ່ຂ້ອຍສັ່ງຍັງບໍ່ທັນມາຮອດ. ກະລຸນາກວດສອບໃຫ້ແດ່."],
  ["km", "សួស្តី ការបញ្ជាទិញរបស់ខ្ញុំមិនទាន់មកដល់នៅឡើយទេ។ សូមជួយពិនិត្យផង។"],
  ["my", "မင်္ဂလာပါ၊ ကျွန်တော် မှာထားတဲ့ ပစ္စည်း မရောက်သေးပါ။"],
  ["vi", "Xin chào, đơn hàng của tôi vẫn chưa đến. Bạn kiểm tra giúp tôi được không?"],
  ["vi", "Tôi muốn đổi địa chỉ giao hàng, cảm ơn."],
  ["id", "Halo, pesanan saya belum sampai juga. Tolong dicek ya, terima kasih."],
  ["id", "Saya mau membatalkan langganan saya mulai bulan depan."],
  ["ms", "Boleh tolong semak status pesanan saya? Saya belum terima barang itu sejak minggu lepas."],
  ["ms", "Saya nak batalkan pesanan saya, tolong bagi balik duit saya."],
  ["fil", "Magandang araw po, hindi pa rin dumarating ang order ko. Pakitingnan naman po."],
  ["fil", "Gusto ko pong ibalik ang produkto kasi sira na nang dumating."],
  ["zh-Hans", "你好，我的订单还没有到，请帮我查一下。"],
  ["zh-Hans", "我想退货，收到的商品有质量问题。"],
  ["zh-Hant", "你好，我的訂單還沒有到，請幫我查一下。"],
  ["zh-Hant", "我想退貨，收到的商品有品質問題。"],
  ["ja", "こんにちは、注文した商品がまだ届いていません。確認していただけますか？"],
  ["ja", "パスワードを忘れてしまい、ログインできません。"],
  ["ko", "안녕하세요, 주문한 상품이 아직 도착하지 않았습니다. 확인 부탁드립니다."],
  ["ko", "비밀번호를 잊어버려서 로그인이 안 돼요."],
  ["sv", "Hej, min beställning har fortfarande inte kommit. Kan ni kolla upp det?"],
  ["sv", "Jag vill avsluta mitt abonnemang från nästa månad."],
  ["sv", "Paketet har inte kommit"],
  ["da", "Hej, min ordre er stadig ikke kommet. Kan I undersøge det?"],
  ["da", "Jeg vil gerne opsige mit abonnement fra næste måned."],
  ["da", "Pakken er ikke kommet endnu, kan I undersøge det?"],
  ["nb", "Hei, bestillingen min har fortsatt ikke kommet. Kan dere sjekke det?"],
  ["nb", "Jeg ønsker å si opp abonnementet mitt fra neste måned."],
  ["nb", "Pakken har ikke kommet ennå, kan dere sjekke?"],
  ["fi", "Hei, tilaukseni ei ole vieläkään saapunut. Voisitteko tarkistaa asian?"],
  ["fi", "Unohdin salasanani enkä pääse kirjautumaan sisään."],
  ["et", "Tere, minu tellimus pole ikka veel kohale jõudnud. Kas saaksite kontrollida?"],
  ["lv", "Labdien, mans pasūtījums joprojām nav pienācis. Vai varat, lūdzu, pārbaudīt?"],
  ["lt", "Laba diena, mano užsakymas vis dar neatkeliavo. Ar galėtumėte patikrinti?"],
  ["sw", "Habari, agizo langu bado halijafika. Tafadhali naomba mlifuatilie."],
  ["ca", "Bon dia, la meva comanda encara no ha arribat. Ho podeu comprovar, si us plau?"],
  ["gl", "Bo día, o meu pedido aínda non chegou. Podedes comprobalo, por favor?"],
  ["eu", "Kaixo, nire eskaera oraindik ez da iritsi. Egiaztatu dezakezue, mesedez?"],
  ["cy", "Helo, dydy fy archeb ddim wedi cyrraedd eto. Allwch chi wirio os gwelwch yn dda?"],
  ["ga", "Dia duit, níor tháinig m'ordú fós. An féidir libh é a sheiceáil, le do thoil?"],
  ["is", "Góðan dag, pöntunin mín er ekki enn komin. Getið þið athugað málið?"],
  ["sq", "Përshëndetje, porosia ime ende nuk ka mbërritur. A mund ta kontrolloni?"],
  ["kk", "Сәлеметсіз бе, тапсырысым әлі келген жоқ. Тексеріп беріңізші."],
  ["az", "Salam, sifarişim hələ də gəlməyib. Zəhmət olmasa yoxlayın."],
  ["uz", "Assalomu alaykum, buyurtmam hali ham yetib kelmadi. Iltimos, tekshirib bering."],
  ["hy", "Բարև ձեզ, իմ պատվերը դեռ չի հասել։ Խնդրում եմ ստուգել։"],
  ["ka", "გამარჯობა, ჩემი შეკვეთა ჯერ არ მოსულა. გთხოვთ, შეამოწმოთ."],
  ["am", "ሰላም፣ ያዘዝኩት ዕቃ እስካሁን አልደረሰም። እባክዎ ያረጋግጡልኝ።"],
  ["af", "Ek het my bestelling nog nie ontvang nie, kan julle asseblief help?"],
  ["af", "Baie dankie vir julle hulp, ek waardeer dit regtig."],
  ["ha", "Sannu, har yanzu odar dina bata iso ba. Don Allah ku duba min."],
  ["yo", "Ẹ kú àárọ̀, ọjà tí mo rà kò tíì dé. Ẹ jọ̀ọ́ ẹ bá mi wò ó."],
  ["ceb", "Maayong buntag, wala pa gyud ni abot akong order. Palihug tan-awa."],
];

describe("composite detector on customer messages", () => {
  it(`covers at least 45 languages`, () => {
    expect(new Set(MESSAGES.map(([tag]) => tag)).size).toBeGreaterThanOrEqual(45);
  });

  it.each(MESSAGES)("%s: %s", async (expected, text) => {
    const d = await detector.detect(text);
    expect(d.language, JSON.stringify(d)).toBe(expected);
    expect(d.mixed).toBeUndefined();
  });

  // Known misses of lid.176's compressed model that franc cannot outvote; kept so a fix shows up here.
  it.fails.each([
    ["af", "Goeiedag, my bestelling het nog steeds nie aangekom nie. Kan julle asseblief kyk?"],
    ["sw", "Bado sijapokea mzigo wangu, naomba msaada."],
  ])("known miss %s: %s", async (expected, text) => {
    expect((await detector.detect(text)).language).toBe(expected);
  });
});
