import type { Token } from "../../domain/text.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { NUMBER_WORDS } from "../../language-data/number-words.js";
import { REPORT_FRAME_NOUNS } from "../../language-data/report-frame-nouns.js";
import { REPORTING_VERBS } from "../../language-data/reporting-verbs.js";
import type { TermVector } from "../../similarity/index.js";
import { wordSetsByLanguage } from "../segment/index.js";
import { calendarWords } from "./calendar-word-set.js";
import { wordsDefinedIn } from "./words-defined-in.js";

/** Counts up to this ("deux entretiens", "two presidents") are too common to tie two claims. */
const SMALL_COUNT = 10;

/** A language's reporting verbs and report-frame nouns, lower-case: a report's frame, not its claim. */
const frameWords = wordSetsByLanguage(
  Object.fromEntries(
    Object.entries(REPORTING_VERBS).map(([language, verbs]) => [
      language,
      [...verbs, ...(REPORT_FRAME_NOUNS[language as SupportedLanguage] ?? [])],
    ]),
  ),
);

const SMALL_COUNT_TERM = /^number:count:(\d+)$/;

/**
 * Content stems written in lower case (or opening the sentence), not those of the report's frame ("a déclaré lors d'une
 * conférence de presse": two reports so framed may state different things), and the sentence's number and date
 * features.
 */
export function claimTermsOf(tokens: readonly Token[], terms: TermVector, language: string): Set<string> {
  const numberWords = wordsDefinedIn((NUMBER_WORDS[language as SupportedLanguage] ?? NUMBER_WORDS.en!).values);
  const calendar = calendarWords(language);
  const frame = frameWords(language);
  const claim = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.isStopword || token.stem.length < 3 || (token.capitalized && index > 0) || !terms.has(token.stem)) return;
    // Numbers and dates count through their features, which read "deux" and "vendredi" as values.
    if (!numberWords.has(token.normal) && !calendar.has(token.normal) && !frame.has(token.normal))
      claim.add(token.stem);
  });
  for (const term of terms.keys()) {
    if (term.startsWith("date:")) claim.add(term);
    else if (term.startsWith("number:")) {
      const count = SMALL_COUNT_TERM.exec(term);
      if (count === null || Number(count[1]) > SMALL_COUNT) claim.add(term);
    }
  }
  return claim;
}
