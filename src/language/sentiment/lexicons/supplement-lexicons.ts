import { AR, HU, KO, PL, RU, SV, TH, TR } from "./supplement-lexicons-other.js";
import { DE, EN, ES, FR, IT, NL, PT } from "./supplement-lexicons-western.js";

// Added on top of the nlp.js dictionaries, per primary language subtag.
export const SUPPLEMENT_LEXICONS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ar: AR, de: DE, en: EN, es: ES, fr: FR, hu: HU, it: IT, ko: KO, nl: NL, pl: PL, pt: PT, ru: RU, sv: SV, th: TH,
  tr: TR,
};
