/**
 * Regular-expression source matching any of `phrases` literally: longest first, spaces matching any
 * run of white space, apostrophes matching both ' and ’. Used to turn language-data word lists into patterns.
 */
export function phrasePattern(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter((phrase) => phrase.length > 0);
  unique.sort((a, b) => b.length - a.length);
  return unique
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/['’]/g, "['’]")
        .replace(/\s+/g, "\\s+"),
    )
    .join("|");
}

/** Lookbehind / lookahead that keep a match from starting or ending inside a word. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";
/**
 * Lookbehind that keeps digits from being read as a number of their own when they continue a longer
 * one: "000" of "1,000", "5" of "1,5", "500" of "2 500".
 */
export const NOT_AFTER_NUMBER = "(?<!\\d[,.\\u00a0\\u202f ])";
