// Publication-day inference on ML-Crisis pages (part of `npm run eval -- timeline`): each page is read as an undated
// plain-text input would be (ingest, clean with what the cleaner learnt of its topic's pages, prepare: language and
// segmentation), and its day is inferred from its own text alone (`inferPublicationDate` with a story of one), then
// compared with the day of the folder it was collected under (the publisher's date).
import type { AnalyzedArticle } from "../../src/domain/document.js";
import { prepareArticle } from "../../src/pipeline/prepare-article.js";
import { createCleaner } from "../../src/stages/clean/index.js";
import { dayNumber, formatDay, isValidDay } from "../../src/stages/extract/dates/calendar-arithmetic.js";
import { inferPublicationDate } from "../../src/stages/extract/dates/index.js";
import { readDateExpressions } from "../../src/stages/extract/dates/read-date-expressions.js";
import { ingestMlCrisisPage, type MlCrisisTopic } from "../datasets/ml-crisis.js";
import type { EvalRow } from "../task.js";

const DAY_MS = 86_400_000;

/** How far each page's inferred day is from its folder's, in days (null: no day inferred). */
export interface DayGuesses {
  recoupe: (number | null)[];
  /**
   * Each page that has neighbours, its day inferred in a story of its topic's pages saved within a day of it, all of
   * them undated (what the clusterer would group; the grouping alone comes from the folders).
   */
  inStory: (number | null)[];
  /** The baseline: the first date the page writes with its day, month and year. */
  firstFullDate: (number | null)[];
}

function distance(guess: string | null, truth: string): number | null {
  if (guess === null || !/^\d{4}-\d{2}-\d{2}$/.test(guess)) return null;
  return Math.round((Date.parse(guess) - Date.parse(truth)) / DAY_MS);
}

function firstFullDate(doc: AnalyzedArticle): string | null {
  for (const { expression } of readDateExpressions(doc.segmented)) {
    if (expression.kind !== "absolute" || expression.year === undefined) continue;
    const { year, month, day } = expression;
    if (month !== undefined && day !== undefined && isValidDay(year, month, day))
      return formatDay(dayNumber(year, month, day));
  }
  return null;
}

/** Every page of `topic` read undated, its day inferred alone. */
export function guessPublicationDays(topic: MlCrisisTopic): DayGuesses {
  const raws = topic.articles.map((item) => {
    const ingested = ingestMlCrisisPage(item);
    if (ingested === null) return null;
    const { publishedAt: _dropped, ...undated } = ingested;
    return undated;
  });
  const cleaner = createCleaner();
  for (const raw of raws) if (raw !== null) cleaner.observe(raw);
  const guesses: DayGuesses = { recoupe: [], inStory: [], firstFullDate: [] };
  const docs = raws.map((raw) =>
    raw === null || raw === undefined ? null : prepareArticle(raw, cleaner.clean(raw)).doc,
  );
  const days = topic.articles.map((item) => Date.parse(item.publishedAt) / DAY_MS);
  topic.articles.forEach((item, index) => {
    if (docs[index] === null) {
      guesses.recoupe.push(null);
      guesses.firstFullDate.push(null);
      return;
    }
    const doc = docs[index]!;
    guesses.recoupe.push(distance(inferPublicationDate(doc, [doc]).date, item.publishedAt));
    guesses.firstFullDate.push(distance(firstFullDate(doc), item.publishedAt));
    const story = docs.filter(
      (other, at): other is AnalyzedArticle => other !== null && Math.abs(days[at]! - days[index]!) <= 1,
    );
    if (story.length >= 2) guesses.inStory.push(distance(inferPublicationDate(doc, story).date, item.publishedAt));
  });
  return guesses;
}

/**
 * Shares of pages whose day is right, right within a day, within a week, and inferred at all; and of the pages given
 * a day, the share right within a day (a wrong day misleads a reader more than none: the dossier says "undated").
 */
export function dayGuessRow(system: string, distances: readonly (number | null)[]): EvalRow {
  const share = (test: (value: number) => boolean) =>
    distances.filter((value) => value !== null && test(value)).length / Math.max(distances.length, 1);
  return {
    system,
    origin: "computed",
    scores: {
      "same day": share((value) => value === 0),
      "±1 day": share((value) => Math.abs(value) <= 1),
      "±7 days": share((value) => Math.abs(value) <= 7),
      "a day given": share(() => true),
      "±1 day of those given":
        share((value) => Math.abs(value) <= 1) /
        Math.max(
          share(() => true),
          1e-9,
        ),
      pages: distances.length,
    },
  };
}
