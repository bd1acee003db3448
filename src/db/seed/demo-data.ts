// Demo data for Mundo: users, companies and a few hundred customers from 30 countries.
// Names are written in the person's own script and name order, with an ASCII
// transliteration kept next to every piece that is not Latin so e-mail addresses can be built.
// Everything is deterministic: the same call always returns the same data.
//
// All domains end in .example (RFC 2606), including the look-alike webmail providers,
// so nothing here can ever reach a real mailbox.

import { type CountryCode, getExampleNumber, isValidPhoneNumber } from "libphonenumber-js";
import mobileExamples from "libphonenumber-js/mobile/examples";

export interface DemoCompany {
  name: string;
  domain: string;
  country: string /* ISO 3166 alpha-2 */;
}

export interface DemoCustomer {
  name: string;
  emails: string[];
  phones: string[];
  country: string;
  preferredLanguages: string[];
  companyDomain: string | null;
  consent: { email: boolean; sms: boolean; phone: boolean };
  tags: string[];
}

export interface DemoUser {
  email: string;
  name: string;
  role: "admin" | "manager" | "agent";
  password: string;
  uiLanguage: string;
}

// ---------------------------------------------------------------------------
// Users and companies
// ---------------------------------------------------------------------------

export const DEMO_PASSWORD = "mundo-demo-2026";

export const DEMO_ADMIN: DemoUser = {
  email: "admin@mundo.example",
  name: "Mundo Admin",
  role: "admin",
  password: DEMO_PASSWORD,
  uiLanguage: "en",
};

export const DEMO_USERS: DemoUser[] = [
  { email: "camille.laurent@mundo.example", name: "Camille Laurent", role: "manager", password: DEMO_PASSWORD, uiLanguage: "fr" },
  { email: "jonas.becker@mundo.example", name: "Jonas Becker", role: "manager", password: DEMO_PASSWORD, uiLanguage: "de" },
  { email: "layla.haddad@mundo.example", name: "ليلى حداد", role: "agent", password: DEMO_PASSWORD, uiLanguage: "ar" },
  { email: "li.na@mundo.example", name: "李娜", role: "agent", password: DEMO_PASSWORD, uiLanguage: "zh-CN" },
  { email: "lucia.romero@mundo.example", name: "Lucía Romero", role: "agent", password: DEMO_PASSWORD, uiLanguage: "es" },
  { email: "ana.souza@mundo.example", name: "Ana Souza", role: "agent", password: DEMO_PASSWORD, uiLanguage: "pt-BR" },
];

export const DEMO_COMPANIES: DemoCompany[] = [
  { name: "Blue Harbor Logistics, Inc.", domain: "blueharbor-logistics.example", country: "US" },
  { name: "Thornbury & Hale Ltd", domain: "thornbury-hale.example", country: "GB" },
  { name: "Grupo Sierra Alta S.A. de C.V.", domain: "sierra-alta.example", country: "MX" },
  { name: "Atelier Lumière SARL", domain: "atelier-lumiere.example", country: "FR" },
  { name: "Nordlicht Maschinenbau GmbH", domain: "nordlicht-maschinenbau.example", country: "DE" },
  { name: "Verde Vale Agronegócios Ltda.", domain: "verdevale.example", country: "BR" },
  { name: "Anadolu Gıda Sanayi A.Ş.", domain: "anadolu-gida.example", country: "TR" },
  { name: "ООО «Северный ветер»", domain: "severny-veter.example", country: "RU" },
  { name: "شركة الواحة للتجارة", domain: "alwaha-trading.example", country: "SA" },
  { name: "Gulf Pearl General Trading LLC", domain: "gulfpearl.example", country: "AE" },
  { name: "כרמל טכנולוגיות בע״מ", domain: "carmel-tech.example", country: "IL" },
  { name: "Ganga Textiles Pvt. Ltd.", domain: "ganga-textiles.example", country: "IN" },
  { name: "上海瑞丰贸易有限公司", domain: "ruifeng-trading.example", country: "CN" },
  { name: "株式会社さくら精機", domain: "sakura-seiki.example", country: "JP" },
  { name: "한빛전자 주식회사", domain: "hanbit-elec.example", country: "KR" },
];

// ---------------------------------------------------------------------------
// Name tables, one per country
// ---------------------------------------------------------------------------

/** A name piece: Latin text (ASCII derived by stripping accents) or [native, ASCII]. */
type Piece = string | readonly [native: string, ascii: string];
/** A family name; `{ m, f }` when its form depends on gender (Петров / Петрова). */
type Family = Piece | { readonly m: Piece; readonly f: Piece };

interface CountryTable {
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

const COUNTRIES: readonly CountryTable[] = [
  // ---- Latin script --------------------------------------------------------
  {
    country: "US",
    count: 12,
    order: "given-family",
    languages: [["en"], ["en", "es"]],
    mail: ["gmail.example", "yahoo.example", "outlook.example"],
    male: ["James", "Michael", "Robert", "David", "William", "Christopher", "Daniel", "Matthew", "Anthony", "Joshua"],
    female: ["Jennifer", "Jessica", "Ashley", "Sarah", "Emily", "Elizabeth", "Megan", "Lauren", "Samantha", "Rachel"],
    family: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Garcia"],
  },
  {
    country: "GB",
    count: 10,
    order: "given-family",
    languages: [["en"], ["en", "fr"]],
    mail: ["gmail.example", "outlook.example", "btinternet.example"],
    male: ["Oliver", "George", "Harry", "Jack", "Thomas", "Charlie", "William", "James", "Alfie", "Henry"],
    female: ["Olivia", "Amelia", "Isla", "Emily", "Sophie", "Charlotte", "Jessica", "Lucy", "Hannah", "Grace"],
    family: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Roberts", "Walker", "Wright", "Hughes"],
  },
  {
    country: "MX",
    count: 10,
    order: "given-family",
    twoFamilyNames: true,
    languages: [["es-MX"], ["es-MX", "en"]],
    mail: ["gmail.example", "hotmail.example", "prodigy.example"],
    male: ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Alejandro", "Fernando", "Ricardo", "Eduardo"],
    female: ["María", "Guadalupe", "Verónica", "Leticia", "Alejandra", "Gabriela", "Daniela", "Fernanda", "Ximena", "Rocío"],
    family: ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores", "Cruz", "Gómez"],
  },
  {
    country: "ES",
    count: 9,
    order: "given-family",
    twoFamilyNames: true,
    languages: [["es"], ["es", "en"], ["ca", "es"]],
    mail: ["gmail.example", "hotmail.example", "telefonica.example"],
    male: ["Antonio", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Alejandro", "Pablo", "Sergio"],
    female: ["María", "Carmen", "Ana", "Laura", "Lucía", "Marta", "Cristina", "Isabel", "Elena", "Paula"],
    family: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz"],
  },
  {
    country: "FR",
    count: 10,
    order: "given-family",
    languages: [["fr"], ["fr", "en"]],
    mail: ["orange.example", "free.example", "laposte.example", "gmail.example"],
    male: ["Jean", "Pierre", "Nicolas", "Thomas", "Julien", "Antoine", "Mathieu", "Sébastien", "Louis", "Hugo"],
    female: ["Marie", "Camille", "Léa", "Manon", "Chloé", "Julie", "Sophie", "Émilie", "Claire", "Inès"],
    family: ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard", "Fournier"],
  },
  {
    country: "DE",
    count: 10,
    order: "given-family",
    languages: [["de"], ["de", "en"]],
    mail: ["gmx.example", "web.example", "t-online.example"],
    male: ["Lukas", "Maximilian", "Jonas", "Felix", "Leon", "Paul", "Thomas", "Michael", "Stefan", ["Jürgen", "juergen"]],
    female: ["Anna", "Lena", "Laura", "Julia", "Sarah", "Katharina", "Sabine", "Petra", "Johanna", "Hannah"],
    family: [
      ["Müller", "mueller"], "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
      "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", ["Schäfer", "schaefer"],
    ],
  },
  {
    country: "BR",
    count: 10,
    order: "given-family",
    languages: [["pt-BR"], ["pt-BR", "en"], ["pt-BR", "es"]],
    mail: ["gmail.example", "uol.example", "bol.example"],
    male: ["João", "Pedro", "Lucas", "Gabriel", "Mateus", "Rafael", "Gustavo", "Felipe", "Bruno", "Thiago"],
    female: ["Ana", "Maria", "Juliana", "Fernanda", "Camila", "Beatriz", "Larissa", "Mariana", "Letícia", "Gabriela"],
    family: ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro"],
  },
  {
    country: "PT",
    count: 8,
    order: "given-family",
    languages: [["pt-PT"], ["pt-PT", "en"], ["pt-PT", "fr"]],
    mail: ["sapo.example", "gmail.example"],
    male: ["João", "Francisco", "Rodrigo", "Martim", "Tiago", "Duarte", "Miguel", "Afonso", "Rui", "Nuno"],
    female: ["Maria", "Beatriz", "Inês", "Leonor", "Matilde", "Carolina", "Mariana", "Sofia", "Catarina", "Rita"],
    family: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Marques"],
  },
  {
    country: "IT",
    count: 8,
    order: "given-family",
    languages: [["it"], ["it", "en"]],
    mail: ["libero.example", "virgilio.example", "gmail.example"],
    male: ["Marco", "Giuseppe", "Francesco", "Alessandro", "Andrea", "Luca", "Matteo", "Lorenzo", "Giovanni", "Davide"],
    female: ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Alessia", "Elena", "Valentina", "Federica", "Silvia"],
    family: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"],
  },
  {
    country: "NL",
    count: 8,
    order: "given-family",
    languages: [["nl", "en"], ["nl"], ["nl", "de"]],
    mail: ["ziggo.example", "kpnmail.example", "gmail.example"],
    male: ["Daan", "Sem", "Lucas", "Jesse", "Thijs", "Bram", "Ruben", "Stijn", "Lars", "Jeroen"],
    female: ["Emma", "Sophie", "Julia", "Anna", "Sanne", "Lotte", "Fleur", "Eva", "Femke", "Lisa"],
    family: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder"],
  },
  {
    country: "PL",
    count: 8,
    order: "given-family",
    languages: [["pl"], ["pl", "en"], ["pl", "de"]],
    mail: ["wp.example", "onet.example", "interia.example"],
    male: ["Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Andrzej", "Łukasz"],
    female: ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Małgorzata", "Joanna", "Ewa", "Zofia", "Monika", "Aleksandra"],
    family: [
      "Nowak", { m: "Kowalski", f: "Kowalska" }, { m: "Wiśniewski", f: "Wiśniewska" }, "Wójcik", "Kowalczyk",
      { m: "Kamiński", f: "Kamińska" }, { m: "Lewandowski", f: "Lewandowska" }, { m: "Zieliński", f: "Zielińska" },
      { m: "Szymański", f: "Szymańska" }, "Woźniak", { m: "Dąbrowski", f: "Dąbrowska" }, "Mazur",
    ],
  },
  {
    country: "TR",
    count: 8,
    order: "given-family",
    languages: [["tr"], ["tr", "en"], ["tr", "de"]],
    mail: ["gmail.example", "hotmail.example", "yandex.example"],
    male: ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Emre", "Burak", "Murat", "Can", "Oğuz"],
    female: ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Merve", "Büşra", "Esra", "Selin", "Deniz"],
    family: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan"],
  },
  {
    // Family name first; the given name usually carries a middle name (Văn, Thị, …).
    country: "VN",
    count: 8,
    order: "family-given",
    languages: [["vi"], ["vi", "en"]],
    mail: ["gmail.example", "yahoo.example"],
    male: ["Văn An", "Minh Tuấn", "Đức Anh", "Quốc Bảo", "Hoàng Nam", "Thành Long", "Văn Hùng", "Minh Khoa", "Quang Huy", "Tiến Dũng"],
    female: ["Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang", "Thị Mai", "Phương Linh", "Thanh Hà", "Bảo Ngọc", "Thị Hoa", "Mỹ Linh"],
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"],
  },
  {
    country: "ID",
    count: 8,
    order: "given-family",
    languages: [["id"], ["id", "en"]],
    mail: ["gmail.example", "yahoo.example"],
    male: ["Budi", "Agus", "Andi", "Rizky", "Dedi", "Hendra", "Arif", "Yusuf", "Bambang", "Eko"],
    female: ["Siti", "Dewi", "Sri", "Putri", "Rina", "Ayu", "Indah", "Wulan", "Fitri", "Nur"],
    family: [
      "Santoso", "Wijaya", { m: "Saputra", f: "Saputri" }, "Hidayat", { m: "Pratama", f: "Pratiwi" }, "Kusuma",
      "Setiawan", "Nugroho", "Halim", "Susanto", "Gunawan", "Lestari",
    ],
  },
  {
    country: "SN",
    count: 8,
    order: "given-family",
    languages: [["fr", "wo"], ["wo", "fr"], ["fr", "en"]],
    mail: ["gmail.example", "orange.example", "yahoo.example"],
    male: ["Mamadou", "Moussa", "Cheikh", "Ousmane", "Abdoulaye", "Ibrahima", "Modou", "Alioune", "Pape", "Babacar"],
    female: ["Fatou", "Aminata", "Awa", "Mariama", "Aïssatou", "Khady", "Ndeye", "Coumba", "Astou", "Sokhna"],
    family: ["Diop", "Ndiaye", "Fall", "Sow", "Sarr", "Diallo", "Ba", "Gueye", "Faye", "Mbaye", "Seck", "Cissé", "Thiam", "Diouf"],
  },
  {
    country: "NG",
    count: 8,
    order: "given-family",
    languages: [["en"], ["en", "yo"], ["en", "ha"], ["en", "ig"]],
    mail: ["gmail.example", "yahoo.example"],
    male: ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Abubakar", "Chukwuemeka", "Femi", "Musa", "Obinna"],
    female: ["Ngozi", "Aisha", "Folake", "Chioma", "Funmilayo", "Amina", "Adaeze", "Yetunde", "Zainab", "Blessing"],
    family: ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Ogunleye", "Nwosu", "Adebayo", "Mohammed", "Balogun", "Obi", "Danjuma"],
  },
  {
    country: "GR",
    count: 8,
    order: "given-family",
    languages: [["el"], ["el", "en"]],
    mail: ["gmail.example", "yahoo.example", "otenet.example"],
    male: [
      ["Γιώργος", "giorgos"], ["Δημήτρης", "dimitris"], ["Νίκος", "nikos"], ["Κώστας", "kostas"], ["Γιάννης", "giannis"],
      ["Παναγιώτης", "panagiotis"], ["Βασίλης", "vasilis"], ["Χρήστος", "christos"], ["Αλέξανδρος", "alexandros"], ["Σπύρος", "spyros"],
    ],
    female: [
      ["Μαρία", "maria"], ["Ελένη", "eleni"], ["Αικατερίνη", "aikaterini"], ["Βασιλική", "vasiliki"], ["Σοφία", "sofia"],
      ["Γεωργία", "georgia"], ["Δήμητρα", "dimitra"], ["Αναστασία", "anastasia"], ["Ιωάννα", "ioanna"], ["Χριστίνα", "christina"],
    ],
    family: [
      { m: ["Παπαδόπουλος", "papadopoulos"], f: ["Παπαδοπούλου", "papadopoulou"] },
      { m: ["Παπαδάκης", "papadakis"], f: ["Παπαδάκη", "papadaki"] },
      ["Παπαδημητρίου", "papadimitriou"],
      ["Γεωργίου", "georgiou"],
      ["Νικολάου", "nikolaou"],
      ["Οικονόμου", "oikonomou"],
      { m: ["Βλάχος", "vlachos"], f: ["Βλάχου", "vlachou"] },
      ["Αντωνίου", "antoniou"],
      { m: ["Μακρής", "makris"], f: ["Μακρή", "makri"] },
      { m: ["Καραγιάννης", "karagiannis"], f: ["Καραγιάννη", "karagianni"] },
      ["Αθανασίου", "athanasiou"],
      { m: ["Κωνσταντινίδης", "konstantinidis"], f: ["Κωνσταντινίδου", "konstantinidou"] },
    ],
  },
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

/** Companies with branches abroad: employers for customers from countries without a local company. */
const INTERNATIONAL_DOMAINS = new Set(["blueharbor-logistics.example", "thornbury-hale.example", "gulfpearl.example", "nordlicht-maschinenbau.example"]);
const INTERNATIONAL_COMPANIES = DEMO_COMPANIES.filter((c) => INTERNATIONAL_DOMAINS.has(c.domain));

const TAGS = [
  "vip", "wholesale", "retail", "newsletter", "trade-fair-2026", "lead", "partner",
  "distributor", "key-account", "webinar-2025", "referral", "reseller",
] as const;

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32 seeded from a string: small, fast, deterministic. */
function seededRng(seed: string): Rng {
  let a = 0;
  for (const ch of seed) a = Math.imul(a ^ ch.codePointAt(0)!, 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("demo-data: cannot pick from an empty list");
  return item;
}

const native = (p: Piece): string => (typeof p === "string" ? p : p[0]);

const LATIN_EXTRAS: Record<string, string> = { ł: "l", ı: "i", ß: "ss", đ: "d", ø: "o", æ: "ae", œ: "oe" };

/** ASCII form for e-mail addresses: "Wiśniewska" -> "wisniewska", "van den Berg" -> "vandenberg". */
function ascii(p: Piece): string {
  const out = (typeof p === "string" ? p : p[1])
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łıßđøæœ]/g, (c) => LATIN_EXTRAS[c] ?? "")
    .replace(/[^a-z0-9]/g, "");
  if (!out) throw new Error(`demo-data: no ASCII transliteration for "${native(p)}"`);
  return out;
}

function familyPiece(f: Family, female: boolean): Piece {
  return typeof f === "object" && "m" in f ? (female ? f.f : f.m) : f;
}

function formatName(order: CountryTable["order"], given: string, family: string): string {
  if (order === "given-family") return `${given} ${family}`;
  return order === "family-given" ? `${family} ${given}` : `${family}${given}`;
}

/** A mobile number for the country: its example number with the last four digits varied. */
function demoPhone(country: CountryCode, rng: Rng, taken: Set<string>): string {
  const example = getExampleNumber(country, mobileExamples);
  if (!example) throw new Error(`demo-data: no example phone number for ${country}`);
  for (let attempt = 0; attempt < 200; attempt++) {
    const phone = example.number.slice(0, -4) + String(Math.floor(rng() * 10_000)).padStart(4, "0");
    if (!taken.has(phone) && isValidPhoneNumber(phone)) {
      taken.add(phone);
      return phone;
    }
  }
  throw new Error(`demo-data: could not build a unique phone number for ${country}`);
}

function uniqueEmail(local: string, domain: string, taken: Set<string>): string {
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** "anna.nowak", "nowak.anna", "annanowak" or "anowak"; webmail addresses often get a number too. */
function localPart(rng: Rng, given: string, family: string, webmail: boolean): string {
  const base = pick(rng, [`${given}.${family}`, `${family}.${given}`, `${given}${family}`, `${given.charAt(0)}${family}`]);
  if (!webmail || rng() < 0.4) return base;
  const birthYear = 1970 + Math.floor(rng() * 36); // 1970-2005
  return `${base}${rng() < 0.5 ? String(birthYear).slice(2) : String(birthYear)}`;
}

function pickLanguages(rng: Rng, options: CountryTable["languages"]): string[] {
  const [first, ...rest] = options;
  const chosen = rest.length === 0 || rng() < 0.6 ? first : pick(rng, rest);
  return [...(chosen ?? ["en"])];
}

function pickTags(rng: Rng): string[] {
  const count = Math.floor(rng() * 4); // 0-3
  const tags = new Set<string>();
  while (tags.size < count) tags.add(pick(rng, TAGS));
  return [...tags];
}

export function demoCustomers(): DemoCustomer[] {
  const emails = new Set<string>();
  const phones = new Set<string>();
  const customers: DemoCustomer[] = [];

  for (const table of COUNTRIES) {
    const rng = seededRng(`mundo-demo:${table.country}`);
    const localCompanies = DEMO_COMPANIES.filter((c) => c.country === table.country);
    const names = new Set<string>();

    for (let attempts = 0; names.size < table.count; attempts++) {
      if (attempts > 1000) throw new Error(`demo-data: not enough name combinations for ${table.country}`);

      const female = rng() < 0.5;
      const given = pick(rng, female ? table.female : table.male);
      const family = familyPiece(pick(rng, table.family), female);
      let familyNative = native(family);
      if (table.twoFamilyNames) {
        const second = familyPiece(pick(rng, table.family), female);
        if (native(second) === familyNative) continue;
        familyNative += ` ${native(second)}`;
      }
      const name = formatName(table.order, native(given), familyNative);
      if (names.has(name) || ascii(given) === ascii(family)) continue;
      names.add(name);

      // ~60 % work for a company: one in their own country, else an international one.
      const company = rng() < 0.6 ? pick(rng, localCompanies.length > 0 ? localCompanies : INTERNATIONAL_COMPANIES) : null;
      const g = ascii(given);
      const f = ascii(family);
      const customerEmails: string[] = [];
      if (company && rng() < 0.8) customerEmails.push(uniqueEmail(localPart(rng, g, f, false), company.domain, emails));
      if (customerEmails.length === 0 || rng() < 0.2) {
        customerEmails.push(uniqueEmail(localPart(rng, g, f, true), pick(rng, table.mail), emails));
      }

      // ~80 % have a phone, a few of them a second one.
      const customerPhones: string[] = [];
      if (rng() < 0.8) {
        customerPhones.push(demoPhone(table.country, rng, phones));
        if (rng() < 0.15) customerPhones.push(demoPhone(table.country, rng, phones));
      }
      const hasPhone = customerPhones.length > 0;

      customers.push({
        name,
        emails: customerEmails,
        phones: customerPhones,
        country: table.country,
        preferredLanguages: pickLanguages(rng, table.languages),
        companyDomain: company?.domain ?? null,
        consent: { email: rng() < 0.7, sms: hasPhone && rng() < 0.4, phone: hasPhone && rng() < 0.5 },
        tags: pickTags(rng),
      });
    }
  }
  return customers;
}
