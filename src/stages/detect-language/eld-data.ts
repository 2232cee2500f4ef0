import { readFileSync } from "node:fs";

/**
 * eld's own small data, read from the installed package rather than copied into the repo: the byte
 * dictionary its n-grams are spelled in, the word-separator regex it splits text with and the average
 * scores `isReliable()` compares with. The package only exports its entry points, so the modules are
 * found next to the `eld/medium` entry. Its n-gram database is read once into a table of our own
 * (ngram-database.ts), never loaded otherwise.
 */
export interface EldData {
  /** Byte (0-255) to the one character eld spells it with in n-grams. */
  dictionary: readonly string[];
  /** Runs of non-letters (eld's letter class) not ending with an apostrophe; eld replaces them by a space. */
  separators: RegExp;
  /** Average top score of a correct detection, by language code. */
  avgScore: Record<string, number>;
}

/** The `eld/medium` entry module; eld's other files are found relative to it. */
export const ELD_ENTRY = new URL(import.meta.resolve("eld/medium"));
const fromEld = (path: string) => import(new URL(path, ELD_ENTRY).href);

/** The installed eld's version: the cached n-gram table is valid for this version only. */
export const eldVersion: string = (
  JSON.parse(readFileSync(new URL("../../package.json", ELD_ENTRY), "utf8")) as { version: string }
).version;

const [dictionaryModule, patternsModule, avgScoreModule] = await Promise.all([
  fromEld("../dictionary.js"),
  fromEld("../regexPatterns.js"),
  fromEld("../avgScore.js"),
]);

export const eldData: EldData = {
  dictionary: dictionaryModule.dictionary,
  separators: patternsModule.separators,
  avgScore: avgScoreModule.avgScore,
};
