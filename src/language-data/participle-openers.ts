import type { SupportedLanguage } from "./languages.js";

/** How a sentence opening on a present participle ("Exprimant l’espoir que…, M. Lavrov a…") is told, per language. */
export interface ParticipleOpeners {
  /** Ending of a present participle or gerund, on the folded lower-case word (at least two letters before it). */
  ending: RegExp;
  /** Words with that ending that are no participle (prepositions, adverbs, conjunctions, nouns), folded. */
  notParticiples: ReadonlySet<string>;
  /** Words that may come before the participle of a gerund ("en exprimant", "tout en rappelant"), folded. */
  gerundWords: ReadonlySet<string>;
}

/**
 * Languages whose main clause puts its subject before its verb after an opening participial clause.
 * German and Dutch put the verb first there ("…, sagte Scholz"): not listed.
 */
export const PARTICIPLE_OPENERS: Partial<Record<SupportedLanguage, ParticipleOpeners>> = {
  fr: {
    ending: /^\p{L}{3,}ant$/u,
    notParticiples: new Set([
      "auparavant",
      "avant",
      "cependant",
      "concernant",
      "devant",
      "dorenavant",
      "durant",
      "maintenant",
      "moyennant",
      "nonobstant",
      "pendant",
      "pourtant",
      "suivant",
    ]),
    gerundWords: new Set(["en", "tout"]),
  },
  en: {
    ending: /^\p{L}{3,}ing$/u,
    notParticiples: new Set([
      "according",
      "anything",
      "building",
      "ceiling",
      "concerning",
      "during",
      "evening",
      "everything",
      "following",
      "including",
      "morning",
      "nothing",
      "notwithstanding",
      "regarding",
      "something",
      "spring",
      "string",
      "wedding",
    ]),
    gerundWords: new Set(),
  },
  es: { ending: /^\p{L}{2,}(?:ando|iendo|yendo)$/u, notParticiples: new Set(["cuando"]), gerundWords: new Set() },
  it: { ending: /^\p{L}{2,}(?:ando|endo)$/u, notParticiples: new Set(["quando"]), gerundWords: new Set() },
  pt: { ending: /^\p{L}{2,}(?:ando|endo|indo)$/u, notParticiples: new Set(["quando"]), gerundWords: new Set() },
  ro: { ending: /^\p{L}{2,}(?:and|ind)$/u, notParticiples: new Set(["cand", "oricand"]), gerundWords: new Set() },
};
