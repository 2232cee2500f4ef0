import type { Token } from "../../../domain/text.js";
import { PLACE_NOUNS_AFTER } from "../../../language-data/place-heads.js";
import { PLACE_KIND_NOUNS } from "../../../language-data/place-kind-nouns.js";
import { foldAccents } from "../../segment/index.js";
import { tokenAfter } from "./token-after.js";

const NOUNS = new Set(PLACE_NOUNS_AFTER);
const KIND_NOUNS = new Set(PLACE_KIND_NOUNS);

/**
 * Indefinite articles, which alone open a kind of place in apposition ("Zuoz, une bourgade", "Bucha, a town"); after
 * a comma, a definite one often opens the next clause's subject ("Durant le régime de Porfirio Díaz, la ville est
 * reliée…").
 */
const INDEFINITE = new Set(["un", "une", "a", "an", "una", "uno", "ein", "eine", "einer", "um", "uma", "o"]);
/** Articles before a kind of place after "is" ("Berne est la capitale", "Bucha is the town"). */
const ARTICLES = new Set([...INDEFINITE, "la", "le", "l", "the", "el", "die", "der", "das", "il", "lo"]);
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

/** The folded word of a token, apostrophes off ("l'" → "l"). */
const word = (token: Token | undefined): string => foldAccents(token?.normal ?? "").replace(/['’]$/, "");

/**
 * Whether an article, perhaps a word of size, then a kind of place start at token `index`, one space apart: "une
 * bourgade", "a small town", "eine Stadt" (German nouns are capitalised; elsewhere a capitalised word is a name). Not
 * a noun that goes on into an English compound ("a village elder") or another's ("the city's mayor").
 */
function kindOfPlaceAt(
  tokens: readonly Token[],
  text: string,
  index: number,
  language: string,
  articles: ReadonlySet<string>,
): boolean {
  if (!articles.has(word(tokens[index]))) return false;
  let noun = index + 1;
  const size = tokenAfter(tokens, text, index);
  if (size !== undefined && !size.capitalized && SIZE_WORDS.has(word(size))) noun++;
  const token = tokenAfter(tokens, text, noun - 1);
  if (token === undefined || (token.capitalized && language !== "de") || !KIND_NOUNS.has(word(token))) return false;
  if (/['’]/.test(text.charAt(token.end))) return false;
  const after = tokenAfter(tokens, text, noun);
  return (
    language !== "en" ||
    after === undefined ||
    after.capitalized ||
    after.isStopword ||
    AFTER_ENGLISH_KIND.has(after.normal)
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
  if (text.slice(tokens[last]!.end, next.start) === ", ")
    return kindOfPlaceAt(tokens, text, last + 1, language, INDEFINITE);
  if (tokenAfter(tokens, text, last) === undefined || next.capitalized) return false;
  if (language === "en" && NOUNS.has(next.normal)) return true;
  return COPULAS.has(word(next)) && kindOfPlaceAt(tokens, text, last + 2, language, ARTICLES);
}
