// How customers ask for a person, per language. Everything is matched after folding (lower case, accents
// and Arabic hamza forms removed, punctuation as spaces), so entries are written plainly.
//
// - phrases: enough on their own, anywhere in the message (word-bounded; for scripts without spaces, a substring).
// - verbs + targets: a request verb followed within a few words by someone to talk to ("hablar … persona").
// - targets: alone, they count only in a very short message ("agent", "¿un humano?", "оператор").
// A trailing "*" marks a stem: any word starting with it (Russian, German, Polish inflections).

export interface HandoffLexicon {
  phrases: string[];
  verbs: string[];
  targets: string[];
}

export const HANDOFF_LEXICON: Record<string, HandoffLexicon> = {
  en: {
    phrases: ["real person", "live person", "live agent", "human agent", "real human", "human being", "actual person", "customer service representative", "want a human", "need a human", "human please", "a human"],
    verbs: ["talk", "speak", "chat", "connect", "transfer", "put", "reach", "contact", "escalate"],
    targets: ["human", "person", "agent", "representative", "operator", "someone", "somebody", "staff", "employee", "people", "humans"],
  },
  es: {
    phrases: ["persona real", "agente humano", "atencion humana", "un humano", "una persona de verdad", "hablar con alguien"],
    verbs: ["hablar", "comunicarme", "contactar", "platicar", "chatear", "pasame", "pasenme", "comuniqueme", "quiero", "necesito"],
    targets: ["persona", "humano", "humana", "agente", "operador", "operadora", "representante", "asesor", "asesora", "alguien", "ejecutivo", "ejecutiva"],
  },
  ca: {
    phrases: ["persona real", "un huma"],
    verbs: ["parlar", "contactar", "vull", "necessito"],
    targets: ["persona", "huma", "agent", "operador", "operadora", "algu", "assessor"],
  },
  fr: {
    phrases: ["un humain", "une vraie personne", "une personne reelle", "un etre humain", "un vrai conseiller", "service client humain"],
    verbs: ["parler", "discuter", "joindre", "contacter", "passer", "mettre", "veux", "voudrais"],
    targets: ["humain", "personne", "agent", "conseiller", "conseillere", "operateur", "operatrice", "quelqu", "interlocuteur"],
  },
  pt: {
    phrases: ["atendimento humano", "pessoa real", "um humano", "falar com alguem"],
    verbs: ["falar", "conversar", "contatar", "contactar", "quero", "preciso", "passe", "transferir"],
    targets: ["pessoa", "humano", "atendente", "agente", "operador", "operadora", "alguem", "representante", "consultor", "consultora"],
  },
  it: {
    phrases: ["persona reale", "operatore umano", "un umano", "parlare con qualcuno"],
    verbs: ["parlare", "contattare", "passare", "passarmi", "collegare", "voglio", "vorrei"],
    targets: ["persona", "umano", "operatore", "operatrice", "agente", "qualcuno", "consulente", "addetto"],
  },
  de: {
    phrases: ["echten menschen", "echte person", "echter mensch", "echten mitarbeiter", "einen menschen"],
    verbs: ["sprechen", "reden", "verbinden", "verbunden", "chatten", "durchstellen", "weiterleiten", "mochte", "will", "brauche"],
    targets: ["mensch*", "mitarbeiter*", "berater*", "person", "kundenberater*", "kundendienst*", "sachbearbeiter*", "agent*"],
  },
  nl: {
    phrases: ["echt persoon", "echte medewerker", "echt mens", "een mens"],
    verbs: ["spreken", "praten", "chatten", "doorverbinden", "wil"],
    targets: ["mens", "medewerker", "persoon", "iemand", "agent"],
  },
  ru: {
    phrases: ["живой человек", "живым человеком", "живого человека", "живой оператор"],
    verbs: ["поговорить", "говорить", "связаться", "связать", "соедините", "переключите", "позовите", "позвать", "хочу", "нужен"],
    targets: ["оператор*", "человек*", "сотрудник*", "менеджер*", "специалист*", "консультант*"],
  },
  pl: {
    phrases: ["prawdziwa osoba", "prawdziwym czlowiekiem", "zywy czlowiek"],
    verbs: ["rozmawiac", "porozmawiac", "polaczyc", "polaczenie", "chce"],
    targets: ["konsultant*", "czlowiek*", "osob*", "agent*", "pracownik*"],
  },
  tr: {
    phrases: ["canli destek", "musteri temsilcisi", "gercek kisi", "gercek bir insan", "insanla gorusmek", "temsilciyle"],
    verbs: ["gorusmek", "konusmak", "baglayin", "istiyorum"],
    targets: ["temsilci*", "insan*", "operator*", "yetkili*"],
  },
  ar: {
    phrases: ["شخص حقيقي", "موظف خدمه العملاء", "ممثل خدمه العملاء", "انسان حقيقي"],
    verbs: ["اتحدث", "التحدث", "تحدث", "اكلم", "التواصل", "اتواصل", "اريد", "احتاج", "وصلني", "حولني"],
    targets: ["موظف", "شخص", "انسان", "ممثل", "وكيل", "بشري", "الموظف", "احد"],
  },
  // Scripts without spaces: phrases are substrings; targets alone count in very short messages.
  zh: {
    phrases: ["人工客服", "转人工", "轉人工", "人工服务", "人工服務", "找人工", "接人工", "真人", "客服人员", "客服人員", "人工坐席", "和人说话", "跟人说话"],
    verbs: [],
    targets: ["人工", "客服"],
  },
  ja: {
    phrases: ["オペレーター", "オペレータ", "担当者と話", "担当者に", "人間と話", "人と話", "スタッフと話", "有人対応", "有人チャット"],
    verbs: [],
    targets: ["担当者", "人間", "スタッフ"],
  },
  ko: {
    phrases: ["상담원", "상담사", "사람과 대화", "사람이랑", "실제 사람", "직원과"],
    verbs: [],
    targets: ["상담원", "직원"],
  },
  vi: {
    phrases: ["nhan vien", "nguoi that", "tu van vien", "gap nguoi", "noi chuyen voi nguoi"],
    verbs: [],
    targets: ["nhan vien", "nguoi"],
  },
  th: {
    phrases: ["พนักงาน", "คุยกับคน", "เจ้าหน้าที่"],
    verbs: [],
    targets: [],
  },
};

/** Languages written without spaces between words: their phrases match as substrings. */
export const UNSPACED = new Set(["zh", "ja", "ko", "th"]);
