import { JA_LEXICON } from "./ja-lexicon.js";
import { VI_LEXICON } from "./vi-lexicon.js";
import { ZH_LEXICON } from "./zh-lexicon.js";

// Languages nlp.js has no sentiment dictionary for, with lexicons written for this project.
export const OWN_LEXICONS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ja: JA_LEXICON,
  vi: VI_LEXICON,
  zh: ZH_LEXICON,
};
