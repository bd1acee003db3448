// Per-country name tables of the demo workspace: given and family names in the country's own script,
// each non-Latin piece paired with an ASCII transliteration for e-mail addresses.

import type { CountryCode } from "libphonenumber-js";
import { LATIN_AND_GREEK_COUNTRIES } from "./demo-countries-latin.js";

export type Piece = string | readonly [native: string, ascii: string];
/** A family name; `{ m, f }` when its form depends on gender (Петров / Петрова). */
export type Family = Piece | { readonly m: Piece; readonly f: Piece };

export interface CountryTable {
  country: CountryCode;
  /** How many customers to generate. */
  count: number;
  /** "given family", "family given", or family and given without a space (CJK). */
  order: "given-family" | "family-given" | "family-given-joined";
  /** Spanish-style two family names ("María García López"). */
  twoFamilyNames?: boolean;
  /** Preferred-language lists; the first is the most common. */
  languages: readonly (readonly string[])[];
  /** Common webmail providers (look-alikes under .example). */
  mail: readonly string[];
  male: readonly Piece[];
  female: readonly Piece[];
  family: readonly Family[];
}

export const COUNTRIES: readonly CountryTable[] = [
  ...LATIN_AND_GREEK_COUNTRIES,
  // ---- Cyrillic ------------------------------------------------------------
  {
    country: "RU",
    count: 9,
    order: "given-family",
    languages: [["ru"], ["ru", "en"]],
    mail: ["yandex.example", "mail.example", "rambler.example"],
    male: [
      ["Иван", "ivan"], ["Алексей", "aleksey"], ["Дмитрий", "dmitry"], ["Сергей", "sergey"], ["Андрей", "andrey"],
      ["Михаил", "mikhail"], ["Николай", "nikolay"], ["Артём", "artyom"], ["Максим", "maksim"], ["Владимир", "vladimir"],
    ],
    female: [
      ["Анна", "anna"], ["Мария", "maria"], ["Елена", "elena"], ["Ольга", "olga"], ["Наталья", "natalya"],
      ["Татьяна", "tatyana"], ["Екатерина", "ekaterina"], ["Ирина", "irina"], ["Светлана", "svetlana"], ["Юлия", "yulia"],
    ],
    family: [
      { m: ["Иванов", "ivanov"], f: ["Иванова", "ivanova"] },
      { m: ["Петров", "petrov"], f: ["Петрова", "petrova"] },
      { m: ["Смирнов", "smirnov"], f: ["Смирнова", "smirnova"] },
      { m: ["Кузнецов", "kuznetsov"], f: ["Кузнецова", "kuznetsova"] },
      { m: ["Попов", "popov"], f: ["Попова", "popova"] },
      { m: ["Васильев", "vasilyev"], f: ["Васильева", "vasilyeva"] },
      { m: ["Соколов", "sokolov"], f: ["Соколова", "sokolova"] },
      { m: ["Михайлов", "mikhaylov"], f: ["Михайлова", "mikhaylova"] },
      { m: ["Новиков", "novikov"], f: ["Новикова", "novikova"] },
      { m: ["Фёдоров", "fedorov"], f: ["Фёдорова", "fedorova"] },
      { m: ["Морозов", "morozov"], f: ["Морозова", "morozova"] },
      { m: ["Волков", "volkov"], f: ["Волкова", "volkova"] },
    ],
  },
  {
    country: "UA",
    count: 8,
    order: "given-family",
    languages: [["uk"], ["uk", "en"], ["uk", "pl"]],
    mail: ["ukr.example", "i.example", "gmail.example"],
    male: [
      ["Олександр", "oleksandr"], ["Андрій", "andrii"], ["Дмитро", "dmytro"], ["Сергій", "serhii"], ["Максим", "maksym"],
      ["Богдан", "bohdan"], ["Тарас", "taras"], ["Володимир", "volodymyr"], ["Іван", "ivan"], ["Олег", "oleh"],
    ],
    female: [
      ["Олена", "olena"], ["Оксана", "oksana"], ["Наталія", "nataliia"], ["Юлія", "yuliia"], ["Ірина", "iryna"],
      ["Тетяна", "tetiana"], ["Анастасія", "anastasiia"], ["Марія", "mariia"], ["Світлана", "svitlana"], ["Катерина", "kateryna"],
    ],
    family: [
      ["Шевченко", "shevchenko"], ["Коваленко", "kovalenko"], ["Бондаренко", "bondarenko"], ["Ткаченко", "tkachenko"],
      ["Кравченко", "kravchenko"], ["Мельник", "melnyk"], ["Олійник", "oliinyk"], ["Шевчук", "shevchuk"],
      ["Поліщук", "polishchuk"], ["Бойко", "boiko"], ["Лисенко", "lysenko"],
      { m: ["Ковальський", "kovalskyi"], f: ["Ковальська", "kovalska"] },
    ],
  },
  // ---- Arabic --------------------------------------------------------------
  {
    country: "SA",
    count: 8,
    order: "given-family",
    languages: [["ar"], ["ar", "en"]],
    mail: ["gmail.example", "hotmail.example", "outlook.example"],
    male: [
      ["محمد", "mohammed"], ["عبدالله", "abdullah"], ["فهد", "fahad"], ["خالد", "khalid"], ["سعود", "saud"],
      ["فيصل", "faisal"], ["سلطان", "sultan"], ["تركي", "turki"], ["نايف", "nayef"], ["عبدالعزيز", "abdulaziz"],
    ],
    female: [
      ["نورة", "noura"], ["سارة", "sarah"], ["ريم", "reem"], ["هيا", "haya"], ["لمى", "lama"],
      ["العنود", "alanoud"], ["منيرة", "munira"], ["الجوهرة", "aljawhara"], ["أمل", "amal"], ["دانة", "dana"],
    ],
    family: [
      ["العتيبي", "alotaibi"], ["القحطاني", "alqahtani"], ["الشمري", "alshammari"], ["الدوسري", "aldosari"],
      ["الغامدي", "alghamdi"], ["الزهراني", "alzahrani"], ["الحربي", "alharbi"], ["المطيري", "almutairi"],
      ["السبيعي", "alsubaie"], ["العنزي", "alanazi"], ["الشهري", "alshehri"],
    ],
  },
  {
    country: "EG",
    count: 8,
    order: "given-family",
    languages: [["ar"], ["ar", "en"], ["ar", "fr"]],
    mail: ["gmail.example", "yahoo.example", "hotmail.example"],
    male: [
      ["محمد", "mohamed"], ["أحمد", "ahmed"], ["مصطفى", "mostafa"], ["محمود", "mahmoud"], ["كريم", "karim"],
      ["عمرو", "amr"], ["طارق", "tarek"], ["ياسر", "yasser"], ["حسام", "hossam"], ["شريف", "sherif"],
    ],
    female: [
      ["منى", "mona"], ["ياسمين", "yasmin"], ["نورهان", "nourhan"], ["مريم", "mariam"], ["دينا", "dina"],
      ["هبة", "heba"], ["سلمى", "salma"], ["رانيا", "rania"], ["إيمان", "eman"], ["ندى", "nada"],
    ],
    family: [
      ["إبراهيم", "ibrahim"], ["السيد", "elsayed"], ["عبد الله", "abdallah"], ["فاروق", "farouk"],
      ["الشافعي", "elshafei"], ["سليمان", "soliman"], ["منصور", "mansour"], ["عثمان", "osman"],
      ["حسين", "hussein"], ["رمضان", "ramadan"], ["جمال", "gamal"], ["عادل", "adel"],
    ],
  },
  {
    country: "AE",
    count: 8,
    order: "given-family",
    languages: [["ar", "en"], ["en", "ar"], ["ar"]],
    mail: ["gmail.example", "emirates.example", "outlook.example"],
    male: [
      ["محمد", "mohammed"], ["راشد", "rashid"], ["سعيد", "saeed"], ["حمدان", "hamdan"], ["خليفة", "khalifa"],
      ["منصور", "mansour"], ["سيف", "saif"], ["عبدالله", "abdulla"], ["سلطان", "sultan"], ["أحمد", "ahmed"],
    ],
    female: [
      ["مريم", "maryam"], ["فاطمة", "fatima"], ["عائشة", "aisha"], ["شمسة", "shamsa"], ["حصة", "hessa"],
      ["موزة", "moza"], ["لطيفة", "latifa"], ["ميثاء", "maitha"], ["علياء", "alia"], ["شيخة", "shaikha"],
    ],
    family: [
      ["المزروعي", "almazrouei"], ["الكعبي", "alkaabi"], ["الظاهري", "aldhaheri"], ["النعيمي", "alnuaimi"],
      ["الشامسي", "alshamsi"], ["المهيري", "almheiri"], ["الكتبي", "alketbi"], ["الفلاسي", "alfalasi"],
      ["السويدي", "alsuwaidi"], ["الهاشمي", "alhashmi"], ["المنصوري", "almansoori"],
    ],
  },
  {
    country: "MA",
    count: 8,
    order: "given-family",
    languages: [["ar", "fr"], ["fr", "ar"], ["ar", "fr", "en"]],
    mail: ["gmail.example", "menara.example", "hotmail.example"],
    male: [
      ["يوسف", "youssef"], ["محمد", "mohamed"], ["أمين", "amine"], ["مهدي", "mehdi"], ["حمزة", "hamza"],
      ["عمر", "omar"], ["ياسين", "yassine"], ["كريم", "karim"], ["رشيد", "rachid"], ["إدريس", "driss"],
    ],
    female: [
      ["فاطمة", "fatima"], ["خديجة", "khadija"], ["سلمى", "salma"], ["مريم", "meryem"], ["نادية", "nadia"],
      ["هند", "hind"], ["زينب", "zineb"], ["سناء", "sanaa"], ["إيمان", "imane"], ["ليلى", "laila"],
    ],
    family: [
      ["العلوي", "alaoui"], ["بنعلي", "benali"], ["الإدريسي", "elidrissi"], ["التازي", "tazi"],
      ["بناني", "bennani"], ["الفاسي", "elfassi"], ["برادة", "berrada"], ["الشرايبي", "chraibi"],
      ["العمراني", "elamrani"], ["الزياني", "ziani"], ["الصقلي", "sqalli"],
    ],
  },
  // ---- Hebrew --------------------------------------------------------------
  {
    country: "IL",
    count: 8,
    order: "given-family",
    languages: [["he"], ["he", "en"], ["he", "ru"]],
    mail: ["gmail.example", "walla.example"],
    male: [
      ["נועם", "noam"], ["איתי", "itai"], ["יונתן", "yonatan"], ["דניאל", "daniel"], ["אורי", "uri"],
      ["עומר", "omer"], ["אריאל", "ariel"], ["יוסף", "yosef"], ["דוד", "david"], ["איתן", "eitan"],
    ],
    female: [
      ["נועה", "noa"], ["תמר", "tamar"], ["מאיה", "maya"], ["שירה", "shira"], ["יעל", "yael"],
      ["מיכל", "michal"], ["אביגיל", "avigail"], ["רוני", "roni"], ["הילה", "hila"], ["טליה", "talia"],
    ],
    family: [
      ["כהן", "cohen"], ["לוי", "levi"], ["מזרחי", "mizrahi"], ["פרץ", "peretz"], ["ביטון", "biton"], ["דהן", "dahan"],
      ["אברהם", "avraham"], ["פרידמן", "friedman"], ["אזולאי", "azoulay"], ["כץ", "katz"], ["שפירא", "shapira"],
    ],
  },
  // ---- Devanagari ----------------------------------------------------------
  {
    country: "IN",
    count: 10,
    order: "given-family",
    languages: [["hi", "en"], ["en", "hi"]],
    mail: ["gmail.example", "rediffmail.example", "yahoo.example"],
    male: [
      ["राहुल", "rahul"], ["अमित", "amit"], ["विकास", "vikas"], ["संजय", "sanjay"], ["अर्जुन", "arjun"],
      ["रोहित", "rohit"], ["आदित्य", "aditya"], ["सुरेश", "suresh"], ["अनिल", "anil"], ["करण", "karan"],
    ],
    female: [
      ["प्रिया", "priya"], ["अंजलि", "anjali"], ["पूजा", "pooja"], ["नेहा", "neha"], ["सुनीता", "sunita"],
      ["कविता", "kavita"], ["दीपिका", "deepika"], ["स्नेहा", "sneha"], ["आरती", "aarti"], ["रिया", "riya"],
    ],
    family: [
      ["शर्मा", "sharma"], ["वर्मा", "verma"], ["गुप्ता", "gupta"], ["सिंह", "singh"], ["अग्रवाल", "agarwal"],
      ["मिश्रा", "mishra"], ["यादव", "yadav"], ["जोशी", "joshi"], ["पांडे", "pandey"], ["चौहान", "chauhan"],
      ["श्रीवास्तव", "srivastava"],
    ],
  },
  // ---- Thai ----------------------------------------------------------------
  {
    country: "TH",
    count: 8,
    order: "given-family",
    languages: [["th"], ["th", "en"]],
    mail: ["gmail.example", "hotmail.example"],
    male: [
      ["สมชาย", "somchai"], ["ธนากร", "thanakorn"], ["ณัฐพล", "natthaphon"], ["วิชัย", "wichai"], ["อนุชา", "anucha"],
      ["กิตติ", "kitti"], ["พงศกร", "phongsakorn"], ["ศุภชัย", "supachai"], ["อภิชาติ", "aphichat"], ["สุรศักดิ์", "surasak"],
    ],
    female: [
      ["สมหญิง", "somying"], ["ปิยะนุช", "piyanuch"], ["กาญจนา", "kanchana"], ["สุดารัตน์", "sudarat"], ["วรรณา", "wanna"],
      ["นภัสสร", "naphatsorn"], ["อรุณี", "arunee"], ["พรทิพย์", "pornthip"], ["ศิริพร", "siriporn"], ["มาลี", "malee"],
    ],
    family: [
      ["ใจดี", "jaidee"], ["สุขสวัสดิ์", "suksawat"], ["ศรีสุข", "srisuk"], ["วงศ์สวัสดิ์", "wongsawat"],
      ["แก้วมณี", "kaewmanee"], ["รัตนพันธ์", "rattanaphan"], ["ทองดี", "thongdee"], ["บุญมา", "boonma"],
      ["สมบูรณ์", "somboon"], ["จันทร์เพ็ญ", "chanpen"], ["ประเสริฐ", "prasert"],
    ],
  },
  // ---- CJK -----------------------------------------------------------------
  {
    country: "CN",
    count: 10,
    order: "family-given-joined",
    languages: [["zh-CN"], ["zh-CN", "en"]],
    mail: ["qq.example", "163.example", "126.example"],
    male: [
      ["伟", "wei"], ["强", "qiang"], ["磊", "lei"], ["军", "jun"], ["洋", "yang"],
      ["勇", "yong"], ["杰", "jie"], ["涛", "tao"], ["浩然", "haoran"], ["子轩", "zixuan"],
    ],
    female: [
      ["芳", "fang"], ["娜", "na"], ["敏", "min"], ["静", "jing"], ["丽", "li"],
      ["秀英", "xiuying"], ["婷", "ting"], ["雪", "xue"], ["欣怡", "xinyi"], ["梓涵", "zihan"],
    ],
    family: [
      ["王", "wang"], ["李", "li"], ["张", "zhang"], ["刘", "liu"], ["陈", "chen"], ["杨", "yang"],
      ["黄", "huang"], ["赵", "zhao"], ["吴", "wu"], ["周", "zhou"], ["徐", "xu"],
    ],
  },
  {
    country: "TW",
    count: 8,
    order: "family-given-joined",
    languages: [["zh-TW"], ["zh-TW", "en"]],
    mail: ["gmail.example", "yahoo.example", "hinet.example"],
    male: [
      ["冠廷", "kuanting"], ["承恩", "chengen"], ["家豪", "chiahao"], ["志明", "chihming"], ["俊傑", "chunchieh"],
      ["建宏", "chienhung"], ["宇軒", "yuhsuan"], ["柏翰", "pohan"], ["彥廷", "yenting"], ["冠宇", "kuanyu"],
    ],
    female: [
      ["怡君", "yichun"], ["雅婷", "yating"], ["淑芬", "shufen"], ["詩涵", "shihhan"], ["欣怡", "hsinyi"],
      ["佳穎", "chiaying"], ["美玲", "meiling"], ["宜蓁", "yichen"], ["郁婷", "yuting"], ["品妍", "pinyen"],
    ],
    family: [
      ["陳", "chen"], ["林", "lin"], ["黃", "huang"], ["張", "chang"], ["李", "lee"], ["王", "wang"],
      ["吳", "wu"], ["劉", "liu"], ["蔡", "tsai"], ["楊", "yang"], ["許", "hsu"],
    ],
  },
  {
    country: "JP",
    count: 10,
    order: "family-given",
    languages: [["ja"], ["ja", "en"]],
    mail: ["yahoo.example", "docomo.example", "gmail.example"],
    male: [
      ["太郎", "taro"], ["翔太", "shota"], ["大輔", "daisuke"], ["健太", "kenta"], ["拓也", "takuya"],
      ["翔", "sho"], ["蓮", "ren"], ["悠真", "yuma"], ["直樹", "naoki"], ["和也", "kazuya"],
    ],
    female: [
      ["花子", "hanako"], ["陽菜", "hina"], ["美咲", "misaki"], ["さくら", "sakura"], ["結衣", "yui"],
      ["葵", "aoi"], ["真由美", "mayumi"], ["愛", "ai"], ["恵子", "keiko"], ["由美", "yumi"],
    ],
    family: [
      ["佐藤", "sato"], ["鈴木", "suzuki"], ["高橋", "takahashi"], ["田中", "tanaka"], ["伊藤", "ito"], ["渡辺", "watanabe"],
      ["山本", "yamamoto"], ["中村", "nakamura"], ["小林", "kobayashi"], ["加藤", "kato"], ["山田", "yamada"],
    ],
  },
  {
    country: "KR",
    count: 10,
    order: "family-given-joined",
    languages: [["ko"], ["ko", "en"]],
    mail: ["naver.example", "daum.example", "hanmail.example"],
    male: [
      ["민준", "minjun"], ["서준", "seojun"], ["도윤", "doyun"], ["예준", "yejun"], ["시우", "siwoo"],
      ["지호", "jiho"], ["준서", "junseo"], ["현우", "hyunwoo"], ["성민", "sungmin"], ["동현", "donghyun"],
    ],
    female: [
      ["서연", "seoyeon"], ["지우", "jiwoo"], ["하은", "haeun"], ["민서", "minseo"], ["지민", "jimin"],
      ["수빈", "subin"], ["예은", "yeeun"], ["유진", "yujin"], ["지영", "jiyoung"], ["은지", "eunji"],
    ],
    family: [
      ["김", "kim"], ["이", "lee"], ["박", "park"], ["최", "choi"], ["정", "jung"], ["강", "kang"],
      ["조", "cho"], ["윤", "yoon"], ["장", "jang"], ["임", "lim"], ["한", "han"],
    ],
  },
];

