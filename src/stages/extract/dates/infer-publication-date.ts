import type { AnalyzedArticle } from "../../../domain/document.js";
import { type DayNumber, dayNumber, formatDay, fromDayNumber, parseIsoDate } from "./calendar-arithmetic.js";
import { isToCome } from "./date-mention.js";
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
 * mentions is D or shortly before it (unless in a future-tense clause); a weekday or "hier" resolved
 * from D lands on a day the story dates ("vendredi" + "rencontre du 21 janvier 2022"); a past-tense
 * weekday naming D itself ("a annoncé mardi") is the usual way a news report names its own day.
 * The best-scoring day wins, ties going to the earliest; with no evidence the given date is kept.
 */
export function inferPublicationDate(
  doc: AnalyzedArticle,
  storyDocs: readonly AnalyzedArticle[],
): InferredPublicationDate {
  const given = parseIsoDate(doc.article.publishedAt);
  if (given?.precision === "day") return { date: doc.article.publishedAt, inferred: true, basis: "given by the input" };
  const own = readDateExpressions(doc.segmented);
  const anchors = storyAnchors(doc, storyDocs);
  for (const item of own) {
    const day = fullDay(item);
    if (day !== null && !isToCome(item.tense)) anchors.set(day, `« ${quote(doc, item)} » (${doc.article.id})`);
  }
  // A year the story's articles tell of in the past is no later than they are ("the tsunami that killed 168,000
  // people in 2004"): an older date one mentions ("the quakes of Oct. 10, 2002") is then history, not its day.
  let notBefore = latestPastYear(own);
  for (const other of storyDocs) notBefore = Math.max(notBefore, latestPastYear(readDateExpressions(other.segmented)));
  const candidates = candidateDays(given, anchors, storyDocs).filter((day) => fromDayNumber(day).year >= notBefore);
  let best: { day: DayNumber; score: number; reasons: string[] } | null = null;
  for (const day of candidates) {
    const { score, reasons } = scoreDay(doc, own, day, anchors);
    if (score > 0 && (best === null || score > best.score)) best = { day, score, reasons };
  }
  if (best === null) {
    return { date: doc.article.publishedAt, inferred: true, basis: "no date expression fits a day of the story" };
  }
  return { date: formatDay(best.day), inferred: true, basis: best.reasons.join("; ") };
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

function fullDay(item: ReadDateExpression): DayNumber | null {
  const { expression } = item;
  if (
    expression.kind !== "absolute" ||
    expression.year === undefined ||
    expression.month === undefined ||
    expression.day === undefined
  )
    return null;
  return dayNumber(expression.year, expression.month, expression.day);
}

/** Days the other articles of the story date precisely: full dates, and relative dates of day-dated articles. */
function storyAnchors(doc: AnalyzedArticle, storyDocs: readonly AnalyzedArticle[]): Map<DayNumber, string> {
  const anchors = new Map<DayNumber, string>();
  for (const other of storyDocs) {
    if (other.article.id === doc.article.id) continue;
    const reference = other.article.publishedAtInferred ? null : parseIsoDate(other.article.publishedAt);
    for (const item of readDateExpressions(other.segmented)) {
      const day = fullDay(item);
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
): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  const reference = parseIsoDate(formatDay(day));
  for (const item of own) {
    const full = fullDay(item);
    if (full !== null) {
      if (full === day) score += 2;
      else if (full < day && day - full <= WINDOW) score += 1;
      else if (full > day) score += isToCome(item.tense) ? 1 : -2;
      if (full === day) reasons.push(`mentions « ${quote(doc, item)} »`);
      continue;
    }
    if (item.expression.kind !== "weekday" && item.expression.kind !== "relative-day") continue;
    const resolved = resolveDateExpression(item.expression, reference, item.tense);
    const target = resolved === null ? undefined : parseIsoDate(resolved.date)?.day;
    if (target === undefined) continue;
    const anchor = anchors.get(target);
    if (anchor !== undefined) {
      score += 2;
      reasons.push(`« ${quote(doc, item)} » (${item.tense}) = ${formatDay(target)}, dated by ${anchor}`);
    }
    if (item.expression.kind === "weekday" && item.tense === "past" && target === day) {
      score += 1;
      reasons.push(`« ${quote(doc, item)} » in a past-tense clause names the day itself`);
    }
  }
  return { score, reasons: [...new Set(reasons)] };
}
