import type { Article } from "../../domain/article.js";

/**
 * Articles published more days apart than this tell of a story as it moves on (a toll that rises, "mercredi"
 * of another week), not of one moment on which they could disagree.
 */
export const MAXIMUM_DAYS_APART = 3;

/** A day in ms. */
export const DAY = 86_400_000;

/**
 * The time an article was published at, in ms, for `farApart`: NaN when unknown, only a month, or inferred from
 * the text (an inferred date is a guess, and a guess must not hide a disagreement).
 */
export function publicationTime(article: Article): number {
  const given = article.publishedAt;
  // A month ("2022-01", from a date marker) says too little to set two articles apart.
  if (given === null || article.publishedAtInferred || !/^\d{4}-\d{2}-\d{2}/.test(given)) return Number.NaN;
  return Date.parse(given);
}

/** True when two publication times (`publicationTime`) are both known and more than MAXIMUM_DAYS_APART apart. */
export function farApart(a: number, b: number): boolean {
  return Math.abs(a - b) > MAXIMUM_DAYS_APART * DAY;
}
