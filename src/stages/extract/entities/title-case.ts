import type { Token } from "../../../domain/text.js";
import { foldedNormals } from "./token-folds.js";

/** Words a sentence must have outside stopwords before its capitals can be a style rather than names. */
const MIN_CONTENT_WORDS = 3;
/** Capitalised common words or stopwords after its first word that make a sentence a title-case headline. */
const MIN_CAPITALISED_COMMON_WORDS = 2;

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Whether the text goes on with a period after `from`, past closing quotes and brackets: a sentence, no headline. */
function endsOnPeriod(text: string, from: number): boolean {
  return /^["”’»)\]]*\./u.test(text.slice(from, from + 4));
}

const LOWERCASE = /\p{Ll}/u;

/** Whether a capitalised word goes on in lower case ("Meet", not "MEET"), ASCII read without a regular expression. */
function isTitleCased(text: string): boolean {
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128 && LOWERCASE.test(text[index]!)) return true;
  }
  return false;
}

/**
 * The sentences of one article written in title case, as English headlines are ("Blinken And Lavrov Meet In Geneva
 * As Tensions Rise"): every word but stopwords capitalised, at least three of them in title case (a headline in
 * capitals, "U.S. TREASURY BALANCE AT FED FELL", is another matter: see `keepCandidate`), no period at its end (a
 * list of names is a sentence: "They are Bangkok Bank Ltd and Banque Paribas."), and after the first word at
 * least two capitalised stopwords or words the story writes in lower case elsewhere (`lowercase`, folded). There,
 * capitals are a style: the whole headline was one "name". A line of names only ("Sergueï Lavrov et Antony Blinken
 * à Genève") has no such words, and German nouns, capitalised everywhere, are no common words written in lower case.
 */
export function titleCaseSentences(
  tokens: readonly Token[],
  text: string,
  lowercase: ReadonlySet<string>,
): Set<number> {
  const found = new Set<number>();
  let normals: readonly string[] | undefined;
  let index = 0;
  while (index < tokens.length) {
    const sentence = tokens[index]!.sentence;
    const first = index;
    let content = 0;
    let capitalisedCommon = 0;
    let lowerWord = false;
    for (; index < tokens.length && tokens[index]!.sentence === sentence; index++) {
      if (lowerWord) continue;
      const token = tokens[index]!;
      if (startsWithDigit(token.text)) continue;
      if (!token.isStopword) {
        if (!token.capitalized) lowerWord = true;
        else if (isTitleCased(token.text)) content++;
      }
      if (index === first || !token.capitalized) continue;
      if (token.isStopword) capitalisedCommon++;
      else {
        normals ??= foldedNormals(tokens);
        if (lowercase.has(normals[index]!)) capitalisedCommon++;
      }
    }
    if (
      !lowerWord &&
      content >= MIN_CONTENT_WORDS &&
      capitalisedCommon >= MIN_CAPITALISED_COMMON_WORDS &&
      !endsOnPeriod(text, tokens[index - 1]!.end)
    )
      found.add(sentence);
  }
  return found;
}

/** A word in capitals, an acronym ("NATO", "U.S."): a name in any style. */
const ACRONYM = /^\p{Lu}[\p{Lu}.]+$/u;

/**
 * `tokens` with the words of title-case `sentences` capitalised only where they name something: words the story
 * capitalises in its other sentences (`isKnownName`, given the folded word and the token), and acronyms. The others
 * read as the lower-case words they are ("Meet", "Tensions", "As"). The same list when no sentence is in title case.
 */
export function withoutTitleCase(
  tokens: readonly Token[],
  sentences: ReadonlySet<number>,
  isKnownName: (folded: string, token: Token) => boolean,
): readonly Token[] {
  if (sentences.size === 0) return tokens;
  const normals = foldedNormals(tokens);
  return tokens.map((token, index) =>
    token.capitalized &&
    sentences.has(token.sentence) &&
    !ACRONYM.test(token.text) &&
    !isKnownName(normals[index]!, token)
      ? { ...token, capitalized: false }
      : token,
  );
}
