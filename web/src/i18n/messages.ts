import type { UiLocale } from "./locales";
import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import de from "./messages/de.json";
import ar from "./messages/ar.json";
import ru from "./messages/ru.json";
import ja from "./messages/ja.json";
import tagsEn from "./messages/tags/en.json";
import tagsZhCN from "./messages/tags/zh-CN.json";
import tagsEs from "./messages/tags/es.json";
import tagsFr from "./messages/tags/fr.json";
import tagsDe from "./messages/tags/de.json";
import tagsAr from "./messages/tags/ar.json";
import tagsRu from "./messages/tags/ru.json";
import tagsJa from "./messages/tags/ja.json";
import segmentsEn from "./messages/segments/en.json";
import segmentsZhCN from "./messages/segments/zh-CN.json";
import segmentsEs from "./messages/segments/es.json";
import segmentsFr from "./messages/segments/fr.json";
import segmentsDe from "./messages/segments/de.json";
import segmentsAr from "./messages/segments/ar.json";
import segmentsRu from "./messages/segments/ru.json";
import segmentsJa from "./messages/segments/ja.json";
import signalsEn from "./messages/signals/en.json";
import signalsZhCN from "./messages/signals/zh-CN.json";
import signalsEs from "./messages/signals/es.json";
import signalsFr from "./messages/signals/fr.json";
import signalsDe from "./messages/signals/de.json";
import signalsAr from "./messages/signals/ar.json";
import signalsRu from "./messages/signals/ru.json";
import signalsJa from "./messages/signals/ja.json";
import reviewsEn from "./messages/reviews/en.json";
import reviewsZhCN from "./messages/reviews/zh-CN.json";
import reviewsEs from "./messages/reviews/es.json";
import reviewsFr from "./messages/reviews/fr.json";
import reviewsDe from "./messages/reviews/de.json";
import reviewsAr from "./messages/reviews/ar.json";
import reviewsRu from "./messages/reviews/ru.json";
import reviewsJa from "./messages/reviews/ja.json";
import ticketsEn from "./messages/tickets/en.json";
import ticketsZhCN from "./messages/tickets/zh-CN.json";
import ticketsEs from "./messages/tickets/es.json";
import ticketsFr from "./messages/tickets/fr.json";
import ticketsDe from "./messages/tickets/de.json";
import ticketsAr from "./messages/tickets/ar.json";
import ticketsRu from "./messages/tickets/ru.json";
import ticketsJa from "./messages/tickets/ja.json";
import kbEn from "./messages/kb/en.json";
import kbZhCN from "./messages/kb/zh-CN.json";
import kbEs from "./messages/kb/es.json";
import kbFr from "./messages/kb/fr.json";
import kbDe from "./messages/kb/de.json";
import kbAr from "./messages/kb/ar.json";
import kbRu from "./messages/kb/ru.json";
import kbJa from "./messages/kb/ja.json";
import serviceEn from "./messages/service/en.json";
import serviceZhCN from "./messages/service/zh-CN.json";
import serviceEs from "./messages/service/es.json";
import serviceFr from "./messages/service/fr.json";
import serviceDe from "./messages/service/de.json";
import serviceAr from "./messages/service/ar.json";
import serviceRu from "./messages/service/ru.json";
import serviceJa from "./messages/service/ja.json";

// Each feature keeps its strings in messages/<feature>/<locale>.json; a locale is the union of its files.
const enAll = { ...en, ...tagsEn, ...segmentsEn, ...signalsEn, ...reviewsEn, ...ticketsEn, ...kbEn, ...serviceEn };
const zhCNAll = { ...zhCN, ...tagsZhCN, ...segmentsZhCN, ...signalsZhCN, ...reviewsZhCN, ...ticketsZhCN, ...kbZhCN, ...serviceZhCN };
const esAll = { ...es, ...tagsEs, ...segmentsEs, ...signalsEs, ...reviewsEs, ...ticketsEs, ...kbEs, ...serviceEs };
const frAll = { ...fr, ...tagsFr, ...segmentsFr, ...signalsFr, ...reviewsFr, ...ticketsFr, ...kbFr, ...serviceFr };
const deAll = { ...de, ...tagsDe, ...segmentsDe, ...signalsDe, ...reviewsDe, ...ticketsDe, ...kbDe, ...serviceDe };
const arAll = { ...ar, ...tagsAr, ...segmentsAr, ...signalsAr, ...reviewsAr, ...ticketsAr, ...kbAr, ...serviceAr };
const ruAll = { ...ru, ...tagsRu, ...segmentsRu, ...signalsRu, ...reviewsRu, ...ticketsRu, ...kbRu, ...serviceRu };
const jaAll = { ...ja, ...tagsJa, ...segmentsJa, ...signalsJa, ...reviewsJa, ...ticketsJa, ...kbJa, ...serviceJa };

export type MessageId = keyof typeof enAll;
type Catalogue = Record<MessageId, string>;

// Typed as full catalogues so a key missing from any language fails `tsc`.
export const catalogues: Record<UiLocale, Catalogue> = {
  en: enAll,
  "zh-CN": zhCNAll,
  es: esAll,
  fr: frAll,
  de: deAll,
  ar: arAll,
  ru: ruAll,
  ja: jaAll,
};

declare global {
  // react-intl's documented way to type message ids is this global namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
