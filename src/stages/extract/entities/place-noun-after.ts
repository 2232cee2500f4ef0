import type { Token } from "../../../domain/text.js";
import { PLACE_NOUNS_AFTER } from "../../../language-data/place-heads.js";
import { PLACE_KIND_NOUNS } from "../../../language-data/place-kind-nouns.js";
import { foldAccents } from "../../segment/index.js";

const NOUNS = new Set(PLACE_NOUNS_AFTER);
const KIND_NOUNS = new Set(PLACE_KIND_NOUNS);

/**
 * Indefinite articles, which alone open a kind of place in apposition ("Zuoz, une bourgade", "Bucha, a town"); after
 * a comma, a definite one often opens the next clause's subject ("Durant le régime de Porfirio Díaz, la ville est
 * reliée…").
 */
const INDEFINITE = new Set(["un", "une", "a", "an", "una", "uno", "ein", "eine", "einer", "um", "uma", "o"]);
/** Articles before a kind of place after "is" ("Berne est la capitale", "Bucha is the town"). */
const ARTICLES = new Set([...INDEFINITE, "la", "le", "l", "the", "el", "die", "der", "das", "il", "lo", "a"]);
/** "is", "was", in every language recoupe reads ("Zuoz est une bourgade", "Bucha is a town"). */
const COPULAS = new Set(["est", "etait", "is", "was", "es", "era", "ist", "war", "e", "este", "fu", "foi"]);
/**
 * Lower-case words that may stand between the article and the noun ("une petite ville", "a small town", "eine
 * kleine Stadt"); any one word would let "a village elder" in.
 */
const SIZE_WORDS = new Set([
  "petite",
  "petit",
  "grande",
  "grand",
  "ancienne",
  "ancien",
  "importante",
  "small",
  "little",
  "large",
  "big",
  "major",
  "remote",
  "pequena",
  "pequeno",
  "gran",
  "kleine",
  "kleinen",
  "grosse",
  "piccola",
  "piccolo",
  "grossa",
  "mica",
  "micul",
  "mare",
]);

/** Words that go on describing a place after its kind in English ("a town near Kyiv", "a village outside Gaza"). */
const AFTER_ENGLISH_KIND = new Set([
  "near",
  "outside",
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "close",
  "just",
  "located",
  "known",
  "bordering",
  "home",
  "roughly",
  "about",
  "some",
]);

/** Whether token `index` follows token `index - 1` with one space, in its sentence. */
function follows(tokens: readonly Token[], text: string, index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return (
    token !== undefined &&
    previous !== undefined &&
    token.sentence === previous.sentence &&
    token.start === previous.end + 1 &&
    text.charCodeAt(previous.end) === 0x20
  );
}

/** The folded word of token `index`, apostrophes off ("l'" → "l"). */
const word = (tokens: readonly Token[], index: number): string =>
  foldAccents(tokens[index]?.normal ?? "").replace(/['’]$/, "");

/**
 * Whether an article, perhaps a word of size, then a kind of place start at token `index`: "une bourgade", "a small
 * town", "eine Stadt" (German nouns are capitalised; elsewhere a capitalised word is a name). Not a noun that goes on
 * into an English compound ("a village elder").
 */
function kindOfPlaceAt(
  tokens: readonly Token[],
  text: string,
  index: number,
  language: string,
  articles: ReadonlySet<string>,
): boolean {
  if (!articles.has(word(tokens, index))) return false;
  let noun = index + 1;
  if (SIZE_WORDS.has(word(tokens, noun)) && !tokens[noun]!.capitalized) noun++;
  const token = tokens[noun];
  if (token === undefined || token.sentence !== tokens[index]!.sentence) return false;
  if (token.capitalized && language !== "de") return false;
  // "Smith, the city's mayor": a possessive makes the noun another's.
  if (!KIND_NOUNS.has(word(tokens, noun)) || /^['’]/.test(text.slice(token.end, token.end + 1))) return false;
  const after = tokens[noun + 1];
  return (
    language !== "en" ||
    !follows(tokens, text, noun + 1) ||
    after!.capitalized ||
    after!.isStopword ||
    AFTER_ENGLISH_KIND.has(after!.normal)
  );
}

/**
 * Whether the name ending at token `last` is said to be a place by the words after it: in English a lower-case place
 * noun right after it ("Bukit Sama village", "Hormozgan province": English puts the kind of place after its name); in
 * every language, a kind of place in apposition or after "is" ("Zuoz, une bourgade de l'Engadine", "Zuoz est une
 * bourgade", "Bucha, a town near Kyiv", "Irpin es una ciudad").
 */
export function placeNounAfter(tokens: readonly Token[], text: string, last: number, language: string): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.sentence !== tokens[last]!.sentence) return false;
  if (language === "en" && !next.capitalized && follows(tokens, text, last + 1) && NOUNS.has(next.normal)) return true;
  if (text.slice(tokens[last]!.end, next.start) === ", ")
    return kindOfPlaceAt(tokens, text, last + 1, language, INDEFINITE);
  return (
    follows(tokens, text, last + 1) &&
    COPULAS.has(word(tokens, last + 1)) &&
    kindOfPlaceAt(tokens, text, last + 2, language, ARTICLES)
  );
}
