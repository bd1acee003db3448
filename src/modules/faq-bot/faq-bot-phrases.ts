import type { Phrases } from "../../shared/phrasebook.js";

/** What the bot says, written by people for the main languages; others go through the gateway from English. */
export interface BotPhrases extends Phrases {
  /** The reply to "I want a person". */
  handoff: string;
  /** Before the article title. */
  intro: string;
  /** Marks an article the bot machine-translated. */
  machineTranslation: string;
  /** Before the help-centre link. */
  readMore: string;
  /** Closing offer; {word} is a word that, sent alone, hands the chat to a person. */
  offerHuman: string;
  /** That word (it must be in the hand-off lexicon of its language). */
  humanWord: string;
}

export const BOT_PHRASES: Record<string, BotPhrases> = {
  en: {
    handoff: "Of course. A member of our team will take over this conversation shortly; you can keep writing here in the meantime.",
    intro: "Here is what our help centre says:",
    machineTranslation: "Machine translation",
    readMore: "Read the full article:",
    offerHuman: "Not what you needed? Reply “{word}” and a person will take over.",
    humanWord: "human",
  },
  es: {
    handoff: "Por supuesto. En breve una persona de nuestro equipo continuará esta conversación; mientras tanto, puede seguir escribiendo aquí.",
    intro: "Esto es lo que dice nuestro centro de ayuda:",
    machineTranslation: "Traducción automática",
    readMore: "Lea el artículo completo:",
    offerHuman: "¿No es lo que buscaba? Responda «{word}» y una persona le atenderá.",
    humanWord: "persona",
  },
  fr: {
    handoff: "Bien sûr. Un membre de notre équipe va reprendre cette conversation sous peu ; vous pouvez continuer à écrire ici en attendant.",
    intro: "Voici ce qu’indique notre centre d’aide :",
    machineTranslation: "Traduction automatique",
    readMore: "Lire l’article complet :",
    offerHuman: "Ce n’est pas ce que vous cherchiez ? Répondez « {word} » et une personne prendra le relais.",
    humanWord: "humain",
  },
  de: {
    handoff: "Selbstverständlich. Gleich übernimmt jemand aus unserem Team dieses Gespräch; Sie können hier in der Zwischenzeit weiterschreiben.",
    intro: "Das steht dazu in unserem Hilfe-Center:",
    machineTranslation: "Maschinelle Übersetzung",
    readMore: "Den ganzen Artikel lesen:",
    offerHuman: "Nicht das Richtige? Antworten Sie „{word}“, dann übernimmt ein Mensch.",
    humanWord: "Mensch",
  },
  pt: {
    handoff: "Claro. Em breve uma pessoa da nossa equipe vai continuar esta conversa; enquanto isso, pode continuar escrevendo aqui.",
    intro: "Veja o que diz a nossa central de ajuda:",
    machineTranslation: "Tradução automática",
    readMore: "Leia o artigo completo:",
    offerHuman: "Não era isso? Responda “{word}” e uma pessoa vai atender você.",
    humanWord: "atendente",
  },
  it: {
    handoff: "Certo. A breve una persona del nostro team continuerà questa conversazione; nel frattempo può continuare a scrivere qui.",
    intro: "Ecco cosa dice il nostro centro assistenza:",
    machineTranslation: "Traduzione automatica",
    readMore: "Leggi l’articolo completo:",
    offerHuman: "Non era quello che cercava? Risponda «{word}» e una persona la assisterà.",
    humanWord: "operatore",
  },
  ar: {
    handoff: "بالتأكيد. سيتولى أحد أعضاء فريقنا هذه المحادثة قريبًا، ويمكنك مواصلة الكتابة هنا في هذه الأثناء.",
    intro: "إليك ما يقوله مركز المساعدة لدينا:",
    machineTranslation: "ترجمة آلية",
    readMore: "اقرأ المقال كاملًا:",
    offerHuman: "ليس هذا ما تحتاجه؟ اكتب «{word}» وسيتولى أحد الموظفين المحادثة.",
    humanWord: "موظف",
  },
  ru: {
    handoff: "Конечно. Скоро разговор продолжит сотрудник нашей команды; пока вы можете писать сюда.",
    intro: "Вот что говорится в нашем справочном центре:",
    machineTranslation: "Машинный перевод",
    readMore: "Читать статью полностью:",
    offerHuman: "Не то, что нужно? Напишите «{word}», и вам ответит сотрудник.",
    humanWord: "оператор",
  },
  zh: {
    handoff: "好的，我们的客服人员稍后会接手这段对话；在此期间，您可以继续在这里留言。",
    intro: "我们的帮助中心是这样说明的：",
    machineTranslation: "机器翻译",
    readMore: "阅读全文：",
    offerHuman: "没有解决您的问题？回复“{word}”即可转接客服人员。",
    humanWord: "人工",
  },
  ja: {
    handoff: "承知しました。まもなく担当者がこの会話を引き継ぎます。それまでこちらに引き続きご記入いただけます。",
    intro: "ヘルプセンターの案内は次のとおりです：",
    machineTranslation: "機械翻訳",
    readMore: "記事全文を読む：",
    offerHuman: "解決しない場合は「{word}」とご返信ください。担当者が対応します。",
    humanWord: "担当者",
  },
  vi: {
    handoff: "Vâng. Một nhân viên của chúng tôi sẽ tiếp nhận cuộc trò chuyện này trong giây lát; trong lúc chờ, bạn vẫn có thể tiếp tục nhắn tin tại đây.",
    intro: "Đây là hướng dẫn từ trung tâm trợ giúp của chúng tôi:",
    machineTranslation: "Bản dịch máy",
    readMore: "Đọc toàn bộ bài viết:",
    offerHuman: "Chưa đúng điều bạn cần? Hãy trả lời “{word}” để được nhân viên hỗ trợ.",
    humanWord: "nhân viên",
  },
  ko: {
    handoff: "알겠습니다. 곧 담당 상담원이 이 대화를 이어받습니다. 그동안 여기에 계속 메시지를 남기셔도 됩니다.",
    intro: "고객센터 도움말 내용은 다음과 같습니다:",
    machineTranslation: "기계 번역",
    readMore: "전체 글 읽기:",
    offerHuman: "원하시던 답변이 아닌가요? “{word}”이라고 답장하시면 상담원이 도와드립니다.",
    humanWord: "상담원",
  },
};
