import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Discrepancy } from "../../domain/story.js";
import type { DatedSentence } from "./corroboration-input.js";
import { describeDiscrepancy } from "./describe-discrepancy.js";
import { DAY, farApart, publicationTime } from "./published-apart.js";
import { type IndexedSentence, type StorySentences, similarity } from "./sentence-index.js";
import { takingSides } from "./taking-sides.js";

/** Sentences tell of the same event at or above this cosine, their dates left out… */
const SAME_EVENT = 0.3;
/** …sharing this many claim terms besides their dates. */
const SHARED_TERMS = 3;
/** Dates further apart are other events, not a disagreement. */
const MAXIMUM_DAYS = 14;
/** Explicit date expressions: a written day ("21 janvier", "Friday 21") or a weekday read against a given date. */
const EXPLICIT = new Set(["absolute", "weekday"]);

type PlacedDate = DatedSentence & { start: number; end: number };

/**
 * The same event given different days by different articles ("vendredi 21" in one, "jeudi 20" in another).
 * Only explicit, resolved, single days count (no week spans, nothing inferred), in sentences of different
 * articles that tell the same thing once their dates are left out; an article that names both days for it
 * takes no side.
 */
export function findDateDiscrepancies(
  dates: readonly DatedSentence[],
  sentences: StorySentences,
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
): Discrepancy[] {
  const usable = dates.filter(
    (d): d is PlacedDate =>
      d.start !== undefined &&
      d.end !== undefined &&
      d.precision === "day" &&
      d.until === undefined &&
      d.inferred !== true &&
      EXPLICIT.has(d.kind ?? "") &&
      sentences.at(d.articleId, d.sentence) !== undefined,
  );
  // Every discrepancy gives two days: a story whose explicit dates all name one day has none.
  if (new Set(usable.map((d) => d.date)).size < 2) return [];
  const parent = usable.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const times = usable.map((d) => Date.parse(d.date));
  const published = usable.map((d) => {
    const doc = docs.get(d.articleId);
    return doc === undefined ? Number.NaN : publicationTime(doc.article);
  });
  // A weekday is read against its article's date: in articles days apart, "mercredi" is another week's.
  const comparable = (i: number, j: number): boolean =>
    usable[i]!.articleId !== usable[j]!.articleId &&
    !(Math.abs(times[i]! - times[j]!) / DAY > MAXIMUM_DAYS) &&
    !((usable[i]!.kind === "weekday" || usable[j]!.kind === "weekday") && farApart(published[i]!, published[j]!));
  // Mentions that no other can be compared with are left out before their sentences are read.
  const placed = usable.map((d, i) =>
    usable.some((_, j) => comparable(i, j)) ? sentences.at(d.articleId, d.sentence)! : null,
  );
  // The links, not their order, make the groups: only pairs sharing SHARED_TERMS claim terms can tell the same
  // event, and an inverted index finds them; a pair already in one group needs no comparing.
  forEachPairSharingClaims(placed, (i, j) => {
    if (comparable(i, j) && find(i) !== find(j) && similarUndated(placed[i]!, placed[j]!)) parent[find(i)] = find(j);
  });
  const groups = new Map<number, PlacedDate[]>();
  usable.forEach((mention, index) => {
    const group = groups.get(find(index));
    if (group === undefined) groups.set(find(index), [mention]);
    else group.push(mention);
  });
  const discrepancies: Discrepancy[] = [];
  for (const group of groups.values()) {
    const byDate = new Map<string, PlacedDate[]>();
    for (const mention of group) byDate.set(mention.date, [...(byDate.get(mention.date) ?? []), mention]);
    // An article giving both days for the event is unsure, not on a side.
    const sides = takingSides([...byDate.values()])
      .map((members) => [members[0]!.date, members] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (sides.length < 2) continue;
    const anchors = sides.flatMap(([, members], side) =>
      members.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end, side })),
    );
    discrepancies.push({
      about: describeDiscrepancy("date", anchors, docs),
      kind: "date",
      values: sides.map(([date, members]) => ({
        value: docs.get(members[0]!.articleId)?.article.text.slice(members[0]!.start, members[0]!.end) ?? date,
        normalized: date,
        articleIds: [...new Set(members.map((m) => m.articleId))],
        evidence: members.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end })),
      })),
    });
  }
  return discrepancies;
}

/** A sentence's vector without its date features, scaled back to unit length. */
const withoutDates = new WeakMap<IndexedSentence, Map<string, number>>();

function vectorWithoutDates(sentence: IndexedSentence): Map<string, number> {
  let vector = withoutDates.get(sentence);
  if (vector === undefined) {
    const kept = new Map<string, number>();
    let squares = 0;
    for (const [term, weight] of sentence.vector) {
      if (term.startsWith("date:")) continue;
      kept.set(term, weight);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [term, weight] of kept) kept.set(term, weight / norm);
    vector = kept;
    withoutDates.set(sentence, vector);
  }
  return vector;
}

/** A sentence's claim terms that are not dates. */
const undatedClaims = new WeakMap<IndexedSentence, string[]>();

function claimTermsWithoutDates(sentence: IndexedSentence): string[] {
  let terms = undatedClaims.get(sentence);
  if (terms === undefined) {
    terms = [];
    for (const term of sentence.claimTerms) if (!term.startsWith("date:")) terms.push(term);
    undatedClaims.set(sentence, terms);
  }
  return terms;
}

/**
 * Visits the index pairs `i < j` of `placed` whose sentences share SHARED_TERMS claim terms that are not dates,
 * each once, in order (null: a sentence left out).
 */
function forEachPairSharingClaims(
  placed: readonly (IndexedSentence | null)[],
  visit: (first: number, second: number) => void,
): void {
  const terms = placed.map((sentence) => (sentence === null ? [] : claimTermsWithoutDates(sentence)));
  const postings = new Map<string, number[]>();
  terms.forEach((own, index) => {
    if (own.length < SHARED_TERMS) return;
    for (const term of own) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [index]);
      else list.push(index);
    }
  });
  const shared = new Int32Array(placed.length);
  const met: number[] = [];
  terms.forEach((own, i) => {
    if (own.length < SHARED_TERMS) return;
    for (const term of own)
      for (const j of postings.get(term)!) {
        if (j <= i) continue;
        if (shared[j] === 0) met.push(j);
        shared[j]!++;
      }
    met.sort((x, y) => x - y);
    for (const j of met) {
      if (shared[j]! >= SHARED_TERMS) visit(i, j);
      shared[j] = 0;
    }
    met.length = 0;
  });
}

/** Similar once the date features are left out. */
function similarUndated(a: IndexedSentence, b: IndexedSentence): boolean {
  return similarity(vectorWithoutDates(a), vectorWithoutDates(b)) >= SAME_EVENT;
}
