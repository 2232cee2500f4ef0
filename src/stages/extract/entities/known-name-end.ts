import type { Token } from "../../../domain/text.js";
import { NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { lowerTailAfter } from "./gazetteer.js";
import { HYPHEN } from "./hyphen-links.js";
import { spacedToken } from "./spaced-token.js";
import type { StoryNames } from "./story-names.js";

/** Links `findCandidates` reads as a name's particles already ("de", "von", "al"): not looked at here. */
const PARTICLES = new Set(NAME_PARTICLES);

/**
 * Where a known place or organisation goes on through short lower-case words between spaces: "Dar" in "Dar es
 * Salaam", "Bosnia" in "Bosnia and Herzegovina", "Trinidad and Tobago". The index of the last token of the longest
 * such name the gazetteer knows, from `first`; or null. Only looked at when a capitalised word follows one or two
 * words of at most three letters that are no name particles, and not after an organisation's or a place's head
 * word, whose own links `findCandidates` reads ("Bank of America", not "Bank of America and First Los Angeles Bank").
 */
export function knownNameEnd(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  names: StoryNames,
): number | null {
  let cursor = last + 1;
  while (cursor <= last + 2 && isShortLink(tokens, text, cursor)) cursor++;
  if (cursor === last + 1 || !tokens[cursor]?.capitalized || !spacedToken(tokens, text, cursor)) return null;
  let found: number | null = null;
  const sentence = tokens[first]!.sentence;
  for (let end = cursor; end <= cursor + 2 && tokens[end]?.capitalized && tokens[end]!.sentence === sentence; end++) {
    if (end > cursor && !(spacedToken(tokens, text, end) || text.charCodeAt(tokens[end]!.start - 1) === HYPHEN)) break;
    if (names.gazetteer(text.slice(tokens[first]!.start, tokens[end]!.end)) !== undefined) found = end;
  }
  return found;
}

function isShortLink(tokens: readonly Token[], text: string, at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined &&
    !token.capitalized &&
    token.text.length <= 3 &&
    !PARTICLES.has(token.normal) &&
    spacedToken(tokens, text, at)
  );
}

/**
 * Where a listed name that ends in lower case goes on after its first word, token `first`: "Médecins sans
 * frontières", "Union pour un mouvement populaire". Only looked at while the name taking shape from token `from` is
 * that one word, or that word after a stopword opening the sentence ("Selon Médecins sans…"). The index of the last
 * token of the longest such name written as listed, over words spaced one apart in one sentence; or null.
 */
export function knownLowerEnd(tokens: readonly Token[], text: string, from: number, first: number): number | null {
  if (from !== first && !(from === first - 1 && tokens[from]!.isStopword)) return null;
  const tails = lowerTailAfter(tokens[first]!.normal);
  if (tails === null) return null;
  let found: number | null = null;
  const sentence = tokens[first]!.sentence;
  for (let end = first + 1; end <= first + tails.words; end++) {
    if (tokens[end]?.sentence !== sentence || !spacedOrElided(tokens, text, end)) break;
    const written = text.slice(tokens[first]!.start, tokens[end]!.end).replace(/’/g, "'");
    if (
      !tokens[end]!.capitalized &&
      tails.forms.has(written) &&
      !SCORE_AFTER.test(text.slice(tokens[end]!.end, tokens[end]!.end + 40))
    ) {
      found = end;
    }
  }
  return found;
}

/**
 * A score goes on after the number: "France 2-1", "Italia 1:0", "France 3 Irlande 0", "France 3 points". The listed
 * broadcaster is not meant.
 */
const SCORE_AFTER =
  /^\s?[-–:]\s?\d|^\s+(?:\p{Lu}[\p{L}-]*\s+\d|(?:points?|pts|buts?|goals?|goles?|gol|punti|Punkte|puncte|pontos)\b)/u;

/** One space before the token, or an elision right before it ("l’"). */
function spacedOrElided(tokens: readonly Token[], text: string, at: number): boolean {
  return (
    spacedToken(tokens, text, at) || (tokens[at]!.start === tokens[at - 1]!.end && /['’]$/.test(tokens[at - 1]!.text))
  );
}
