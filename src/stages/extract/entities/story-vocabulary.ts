import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";
import { foldedNormals, writtenFold } from "./token-folds.js";

/** What the whole story says about words, so one article's sentence starts can be told from names. */
export interface StoryVocabulary {
  /** Folded words seen in lower case. */
  lowercase: Set<string>;
  /** Folded words seen capitalised away from a sentence start. */
  capitalizedInside: Set<string>;
  /** Of those, the words seen at least once as a name of one word (no capitalised word joined before or after). */
  capitalizedAlone: Set<string>;
}

/** Whether tokens `a` and `b` (in that order) are two capitalised words joined by one space or a hyphen. */
function joinedCapitals(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (a === undefined || b === undefined || !a.capitalized || !b.capitalized || b.start - a.end !== 1) return false;
  const gap = text.charCodeAt(a.end);
  return gap === 32 || gap === 0x2d || gap === 0xa0;
}

/** A short capitalised abbreviation ("M", "Gen"), whose period ends no sentence. */
const ABBREVIATION = /^\p{Lu}\p{L}{0,2}$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Whether token `index` starts its sentence (or follows an opening quote, a colon, a dash, a line break). */
export function isInitialPosition(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (previous === undefined || previous.sentence !== token.sentence) return true;
  // Most words follow one space, which starts nothing.
  if (token.start - previous.end === 1 && text.charCodeAt(previous.end) === 32) return false;
  const gap = text.slice(previous.end, token.start);
  // "M. Gladstone", "Gen. Haig": a period after a short capitalised abbreviation ends no sentence.
  const abbreviation = /^\.\s+$/.test(gap) && ABBREVIATION.test(previous.text);
  return /[«“"„:—–(\n•]/.test(gap) || (/[.!?]\s*$/.test(gap) && !abbreviation);
}

/** Whether each code unit of the basic plane (surrogates aside) is a lower-case letter, as met: 0 unknown, 1 yes, 2 no. */
const lowercaseUnits = new Uint8Array(0x10000);

/**
 * `/^\p{Ll}/u.test(word)`, without the regular expression for plain ASCII, and once per first character for the
 * others ("à", "été", "über" start many words).
 */
function startsLowercase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  if (code >= 0xd800 && code <= 0xdfff) return STARTS_LOWERCASE.test(word);
  let known = lowercaseUnits[code]!;
  if (known === 0) {
    known = STARTS_LOWERCASE.test(String.fromCharCode(code)) ? 1 : 2;
    lowercaseUnits[code] = known;
  }
  return known === 1;
}

/**
 * Folded words of the story seen in lower case, and seen capitalised inside sentences (and of those, alone). A word
 * written as its normal form, or as its normal form in capitals ("paris", "Paris"), folds as that form does, already
 * folded for every token; the others (elided articles) are folded once per distinct written form. The capitals of a
 * document's `titleCase` sentences (headlines in title case) say nothing and are not counted.
 */
export function collectVocabulary(
  documents: readonly { text: string; tokens: readonly Token[]; titleCase?: ReadonlySet<number> }[],
): StoryVocabulary {
  const lowercase = new Set<string>();
  const otherLowerWords = new Set<string>();
  const capitalizedInside = new Set<string>();
  const capitalizedAlone = new Set<string>();
  for (const { text, tokens, titleCase } of documents) {
    const normals = foldedNormals(tokens);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (startsLowercase(token.text)) {
        if (token.text === token.normal) lowercase.add(normals[index]!);
        else otherLowerWords.add(token.text);
      } else if (token.capitalized && !isInitialPosition(tokens, index, text) && !titleCase?.has(token.sentence)) {
        const folded = writtenFold(token, normals[index]!);
        capitalizedInside.add(folded);
        if (!joinedCapitals(text, tokens[index - 1], token) && !joinedCapitals(text, token, tokens[index + 1]))
          capitalizedAlone.add(folded);
      }
    }
  }
  for (const word of otherLowerWords) lowercase.add(foldAccents(word));
  return { lowercase, capitalizedInside, capitalizedAlone };
}
