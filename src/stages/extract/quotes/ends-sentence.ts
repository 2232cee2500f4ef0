import { PERSON_TITLES } from "../../../language-data/titles.js";

/** The periods of titles ("Mr.", "Gov.") and initials ("E."), which end no sentence. */
const TITLE_PERIODS = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(PERSON_TITLES).flat())]
    .filter((title) => title.endsWith("."))
    .map((title) => title.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")}|\\p{Lu})\\.`,
  "gu",
);

/** Whether a sentence ends in `gap`, the periods of titles and initials ("Mr.", "E.") aside. */
export function endsSentence(gap: string): boolean {
  return /[.!?]/.test(gap.replace(TITLE_PERIODS, ""));
}
