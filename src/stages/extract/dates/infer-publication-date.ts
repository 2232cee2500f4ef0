import type { AnalyzedArticle } from "../../../domain/document.js";
import {
  type DayNumber,
  dayNumber,
  formatDay,
  fromDayNumber,
  isoWeekday,
  isValidDay,
  parseIsoDate,
} from "./calendar-arithmetic.js";
import { isToCome } from "./date-mention.js";
import { pageStampOf } from "./page-stamp.js";
import { type ReadDateExpression, readDateExpressions } from "./read-date-expressions.js";
import { resolveDateExpression } from "./resolve-date-expression.js";

export interface InferredPublicationDate {
  /** YYYY-MM-DD when a day could be inferred, else the coarser date given or null. */
  date: string | null;
  inferred: true;
  /** Why: the expressions and story dates the day was read from. */
  basis: string;
}

/** Largest distance, in days, between a story's dated events and an article published about them. */
const WINDOW = 7;

/**
 * Infers the publication day of an article that has none, or only a month ("2022-01"), from its own
 * text and its story. Each candidate day D (the given month, else a week around the days the story's
 * articles date precisely) is scored by how well the article's expressions fit it: a full date it
 * mentions (with its year, or with a weekday that fixes the year: "mercoledì 3 luglio" after a past
 * "2012" is 2013-07-03) is D or shortly before it (unless in a future-tense clause); a weekday or "hier" resolved
 * from D lands on a day the story dates ("vendredi" + "rencontre du 21 janvier 2022"); a past-tense
 * weekday naming D itself ("a annoncé mardi") is the usual way a news report names its own day.
 * The best-scoring day wins, ties going to the day most of the story's dates lie within a week of, then to the
 * earliest; with no evidence the given date is kept.
 */
export function inferPublicationDate(
  doc: AnalyzedArticle,
  storyDocs: readonly AnalyzedArticle[],
): InferredPublicationDate {
  const given = parseIsoDate(doc.article.publishedAt);
  if (given?.precision === "day") return { date: doc.article.publishedAt, inferred: true, basis: "given by the input" };
  const own = readDateExpressions(doc.segmented);
  // A year the story's articles tell of in the past is no later than they are ("the tsunami that killed 168,000
  // people in 2004"): an older date one mentions ("the quakes of Oct. 10, 2002") is then history, not its day.
  let notBefore = latestPastYear(own);
  for (const other of storyDocs) notBefore = Math.max(notBefore, latestPastYear(readDateExpressions(other.segmented)));
  const years = likelyYears(given, notBefore, storyDocs);
  const stamp = ownStamp(doc, own, given);
  if (stamp !== null) return { date: formatDay(stamp.day), inferred: true, basis: `stamped « ${stamp.quote} »` };
  const anchors = storyAnchors(doc, storyDocs, years);
  const dated = storyDocs.some((other) => !other.article.publishedAtInferred && other.article.publishedAt !== null);
  // The days the other articles date: near them, a past weekday of this one backs a guess (see `scoreDay`), when an
  // article of the story is dated; else their dates are as likely history as this one's ("jeudi" beside another
  // article's "30 avril 2011" dated two reports of 20 October 2011 to 28 April).
  const told = dated ? [...anchors.keys()] : [];
  for (const item of own) {
    const day = fullDay(item, years);
    if (day !== null && !isToCome(item.tense)) anchors.set(day, `« ${quote(doc, item)} » (${doc.article.id})`);
  }
  const candidates = candidateDays(given, anchors, storyDocs).filter((day) => fromDayNumber(day).year >= notBefore);
  // Among days that fit as well, the one the story's dates gather around ("ieri" fits the eve of "30 giugno 2012"
  // as well as the eve of "mercoledì 3 luglio", but the story tells of 2 to 4 July 2013), then the earliest.
  const anchorDays = Float64Array.from(anchors.keys()).sort();
  const nearby = (day: DayNumber): number =>
    firstAtLeast(anchorDays, day + WINDOW + 1) - firstAtLeast(anchorDays, day - WINDOW);
  let best: { day: DayNumber; score: number; near: number; reasons: string[]; corroborated: boolean } | null = null;
  for (const day of candidates) {
    const scored = scoreDay(doc, own, day, anchors, years, told);
    if (scored.score <= 0 || (best !== null && scored.score < best.score)) continue;
    const near = nearby(day);
    if (best === null || scored.score > best.score || near > best.near) best = { day, near, ...scored };
  }
  // With no month given, no article of the story dated and no weekday or relative day to back it, a full date the
  // article mentions is more often history than its own day (of ML-Crisis pages read undated and alone, a day so
  // inferred was within a day of the page's for 29 of 105).
  if (best !== null && given === null && !dated && !best.corroborated) {
    return { date: null, inferred: true, basis: "only the dates the text mentions, no stamp or relative day" };
  }
  if (best === null) {
    return { date: doc.article.publishedAt, inferred: true, basis: "no date expression fits a day of the story" };
  }
  return { date: formatDay(best.day), inferred: true, basis: best.reasons.join("; ") };
}

/**
 * The day the page says it was published ("Publié le 02 février 2013 à 11h05 - Mis à jour le 03 février 2013"):
 * its first stamp of a publication (`pageStampOf`) in the first half of its text (later ones may be its readers'
 * comments'), with its year, within the month given if any.
 */
function ownStamp(
  doc: AnalyzedArticle,
  own: readonly ReadDateExpression[],
  given: ReturnType<typeof parseIsoDate>,
): { day: DayNumber; quote: string } | null {
  const text = doc.segmented.text;
  for (const item of own) {
    const { expression } = item;
    if (expression.start > text.length / 2) break;
    if (expression.kind !== "absolute" || expression.year === undefined) continue;
    const day = fullDay(item, []);
    if (day === null || pageStampOf(text, expression.start, expression.end) !== "published") continue;
    if (given !== null && formatDay(day).slice(0, given.month === undefined ? 4 : 7) !== doc.article.publishedAt)
      continue;
    return { day, quote: quote(doc, item) };
  }
  return null;
}

/** The index of the first value of `sorted` at least `value` (its length when none is). */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The latest year that expressions in past-tense clauses name (any date with its year), or -Infinity. */
function latestPastYear(own: readonly ReadDateExpression[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { expression, tense } of own)
    if (tense === "past" && expression.kind === "absolute" && expression.year !== undefined)
      latest = Math.max(latest, expression.year);
  return latest;
}

function quote(doc: AnalyzedArticle, item: ReadDateExpression): string {
  return doc.segmented.text.slice(item.expression.start, item.expression.end);
}

/**
 * The years an undated article is likely from, for reading a weekday written with a date but no year
 * ("mercoledì 3 luglio"): the year given with its month, else the latest year the story tells of in the
 * past and the two after it, else a year around the story's dated articles; none when nothing tells.
 */
function likelyYears(
  given: ReturnType<typeof parseIsoDate>,
  notBefore: number,
  storyDocs: readonly AnalyzedArticle[],
): number[] {
  if (given !== null) return [given.year];
  if (Number.isFinite(notBefore)) return [notBefore, notBefore + 1, notBefore + 2];
  const years = new Set<number>();
  for (const other of storyDocs) {
    const date = other.article.publishedAtInferred ? null : parseIsoDate(other.article.publishedAt);
    if (date !== null) for (const year of [date.year - 1, date.year, date.year + 1]) years.add(year);
  }
  return [...years];
}

/**
 * The day a date names in full: with its year, or with its weekday, in the one year of `years` where that
 * day is that weekday (a date's weekday moves by one or two days a year: three years hold it at most once).
 */
function fullDay(item: ReadDateExpression, years: readonly number[]): DayNumber | null {
  const { expression } = item;
  if (expression.kind !== "absolute" || expression.month === undefined || expression.day === undefined) return null;
  const { month, day, weekday } = expression;
  if (expression.year !== undefined) return dayNumber(expression.year, month, day);
  if (weekday === undefined) return null;
  const fitting = years.filter(
    (year) => isValidDay(year, month, day) && isoWeekday(dayNumber(year, month, day)) === weekday,
  );
  return fitting.length === 1 ? dayNumber(fitting[0]!, month, day) : null;
}

/** Days the other articles of the story date precisely: full dates, and relative dates of day-dated articles. */
function storyAnchors(
  doc: AnalyzedArticle,
  storyDocs: readonly AnalyzedArticle[],
  years: readonly number[],
): Map<DayNumber, string> {
  const anchors = new Map<DayNumber, string>();
  for (const other of storyDocs) {
    if (other.article.id === doc.article.id) continue;
    const reference = other.article.publishedAtInferred ? null : parseIsoDate(other.article.publishedAt);
    for (const item of readDateExpressions(other.segmented)) {
      const day = fullDay(item, years);
      if (day !== null) {
        anchors.set(day, `« ${quote(other, item)} » (${other.article.id})`);
        continue;
      }
      if (reference?.day === undefined || item.expression.kind === "relative-period") continue;
      const resolved = resolveDateExpression(item.expression, reference, item.tense);
      const parsed = resolved?.precision === "day" && !resolved.vague ? parseIsoDate(resolved.date) : null;
      if (parsed?.day !== undefined && !anchors.has(parsed.day))
        anchors.set(parsed.day, `« ${quote(other, item)} » (${other.article.id})`);
    }
  }
  return anchors;
}

function candidateDays(
  given: ReturnType<typeof parseIsoDate>,
  anchors: Map<DayNumber, string>,
  storyDocs: readonly AnalyzedArticle[],
): DayNumber[] {
  const days = new Set<DayNumber>();
  if (given?.month !== undefined) {
    const first = dayNumber(given.year, given.month, 1);
    for (let day = first; fromDayNumber(day).month === given.month; day++) days.add(day);
    return [...days];
  }
  for (const anchor of anchors.keys()) for (let day = anchor - WINDOW; day <= anchor + WINDOW; day++) days.add(day);
  // Around the days the story's articles are dated, but not the days inferred for them: each undated article would
  // otherwise seed the next one's window, and a story of undated articles drift by a week at each.
  for (const other of storyDocs) {
    const date = other.article.publishedAtInferred ? null : parseIsoDate(other.article.publishedAt);
    if (date?.day !== undefined) for (let day = date.day - WINDOW; day <= date.day + WINDOW; day++) days.add(day);
  }
  if (given !== null) for (const day of [...days]) if (fromDayNumber(day).year !== given.year) days.delete(day);
  return [...days].sort((a, b) => a - b);
}

function scoreDay(
  doc: AnalyzedArticle,
  own: readonly ReadDateExpression[],
  day: DayNumber,
  anchors: Map<DayNumber, string>,
  years: readonly number[],
  toldByOthers: readonly DayNumber[],
): { score: number; reasons: string[]; corroborated: boolean } {
  let score = 0;
  let corroborated = false;
  const reasons: string[] = [];
  const reference = parseIsoDate(formatDay(day));
  for (const item of own) {
    const full = fullDay(item, years);
    if (full !== null) {
      if (full === day) score += 2;
      else if (full < day && day - full <= WINDOW) score += 1;
      else if (full > day) score += isToCome(item.tense) ? 1 : -2;
      if (full === day) reasons.push(`mentions « ${quote(doc, item)} »`);
      // A date written with its weekday ("hoy, lunes 14 de febrero de 2011", "mercoledì 3 luglio") is one the
      // article lives through, not history: it backs the days it fits.
      const { expression } = item;
      if (
        expression.kind === "absolute" &&
        expression.weekday === isoWeekday(full) &&
        full <= day &&
        day - full <= WINDOW
      )
        corroborated = true;
      continue;
    }
    if (item.expression.kind !== "weekday" && item.expression.kind !== "relative-day") continue;
    // "Today" is whatever day D is: it cannot tell one candidate from another.
    if (item.expression.kind === "relative-day" && item.expression.offset === 0) continue;
    const resolved = resolveDateExpression(item.expression, reference, item.tense);
    const target = resolved === null ? undefined : parseIsoDate(resolved.date)?.day;
    if (target === undefined) continue;
    const anchor = anchors.get(target);
    if (anchor !== undefined) {
      score += 2;
      reasons.push(`« ${quote(doc, item)} » (${item.tense}) = ${formatDay(target)}, dated by ${anchor}`);
      corroborated = true;
    }
    if (item.expression.kind === "weekday" && item.tense === "past" && target === day) {
      score += 1;
      reasons.push(`« ${quote(doc, item)} » in a past-tense clause names the day itself`);
      // Any such weekday near a date the article itself tells of would fit (history, often): it backs a guess near a
      // day the story's other articles date only.
      if (toldByOthers.some((told) => Math.abs(told - day) <= WINDOW)) corroborated = true;
    }
  }
  return { score, reasons: [...new Set(reasons)], corroborated };
}
