/**
 * eld's own data, read from the installed package rather than copied into the repo: the medium n-gram
 * database (the one `eld/medium` detects with), the byte dictionary its n-grams are spelled in, the
 * word-separator regex it splits text with and the average scores `isReliable()` compares with.
 * The package only exports its entry points, so the modules are found next to the `eld/medium` entry;
 * they are the very module instances that entry loaded (same URLs), so nothing is parsed twice.
 */

/** The medium database: language codes by id, and per n-gram the ids that have it with their points. */
export interface EldNgramData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

export interface EldData {
  ngramsData: EldNgramData;
  /** Byte (0-255) to the one character eld spells it with in n-grams. */
  dictionary: readonly string[];
  /** Runs of non-letters (eld's letter class) not ending with an apostrophe; eld replaces them by a space. */
  separators: RegExp;
  /** Average top score of a correct detection, by language code. */
  avgScore: Record<string, number>;
}

const entry = import.meta.resolve("eld/medium");
const fromEld = (path: string) => import(new URL(path, entry).href);

const [ngramsModule, dictionaryModule, patternsModule, avgScoreModule] = await Promise.all([
  fromEld("../ngrams/medium.js"),
  fromEld("../dictionary.js"),
  fromEld("../regexPatterns.js"),
  fromEld("../avgScore.js"),
]);

export const eldData: EldData = {
  ngramsData: ngramsModule.ngramsData,
  dictionary: dictionaryModule.dictionary,
  separators: patternsModule.separators,
  avgScore: avgScoreModule.avgScore,
};
