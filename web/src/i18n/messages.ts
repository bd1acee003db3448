import type { UiLocale } from "./locales";
import ar from "./messages/ar.json";
import de from "./messages/de.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import ja from "./messages/ja.json";
import ru from "./messages/ru.json";
import zhCN from "./messages/zh-CN.json";

export type MessageId = keyof typeof en;
type Catalogue = Record<MessageId, string>;

// Typed as full catalogues so a key missing from any language fails `tsc`.
export const catalogues: Record<UiLocale, Catalogue> = {
  en,
  "zh-CN": zhCN,
  es,
  fr,
  de,
  ar,
  ru,
  ja,
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
