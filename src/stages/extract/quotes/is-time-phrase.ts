import type { Token } from "../../../domain/text.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { RELATIVE_DATE_WORDS } from "../../../language-data/relative-date-words.js";
import { foldAccents } from "../../segment/index.js";

const timeWords = new Map<string, Set<string>>();
function words(language: string): Set<string> {
  let set = timeWords.get(language);
  if (set === undefined) {
    const lang = language as SupportedLanguage;
    const relative = RELATIVE_DATE_WORDS[lang];
    const phrases = [
      ...(MONTH_NAMES[lang] ?? []).flat(),
      ...(WEEKDAY_NAMES[lang] ?? []).flat(),
      ...(relative === undefined
        ? []
        : [
            ...Object.values(relative.units).flat(),
            ...relative.next,
            ...relative.last,
            ...relative.current,
            ...relative.days.map((day) => day.phrase),
          ]),
    ];
    set = new Set(phrases.flatMap((phrase) => foldAccents(phrase.toLowerCase()).split(/[\s'’-]+/)));
    timeWords.set(language, set);
  }
  return set;
}

/**
 * A quotation that only names a time (« la semaine prochaine », "next week"): a quoted phrase, not a statement.
 * `inside` are the indexes of its tokens, `normals` the folded normal form of every token.
 */
export function isTimePhrase(
  tokens: readonly Token[],
  normals: readonly string[],
  inside: readonly number[],
  language: string,
): boolean {
  const set = words(language);
  const content = inside.filter((index) => !tokens[index]!.isStopword);
  // Every content word a time word or a number (most quotes fail on their first word), and one a time word.
  return (
    content.length > 0 &&
    content.every((index) => set.has(normals[index]!) || /^\d+$/.test(tokens[index]!.normal)) &&
    content.some((index) => set.has(normals[index]!))
  );
}
