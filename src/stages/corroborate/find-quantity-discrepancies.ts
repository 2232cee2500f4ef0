import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Discrepancy, DiscrepancyKind, DiscrepancyValue } from "../../domain/story.js";
import { type SparseVector, sparseCosine, TermNumbering } from "../../similarity/index.js";
import type { MeasuredQuantity } from "./corroboration-input.js";
import { describeDiscrepancy } from "./describe-discrepancy.js";
import { farApart, publicationTime } from "./published-apart.js";
import type { IndexedSentence, StorySentences } from "./sentence-index.js";
import { takingSides } from "./taking-sides.js";

/** Contexts (sentence ± neighbours) at or above this cosine speak of the same thing. */
const SAME_CONTEXT = 0.1;
/** Counts without a shared head noun need closer sentences. */
const SAME_CONTEXT_WITHOUT_HEAD = 0.3;
/** Sentences in two languages, compared on what reads the same in both: one generic concept shared is not enough. */
const SAME_CONTEXT_ACROSS_LANGUAGES = 0.3;
/** Values further apart than this factor are different things, not a disagreement. */
const MAXIMUM_RATIO = 4;

export interface QuantityDiscrepancy {
  discrepancy: Discrepancy;
  quantities: MeasuredQuantity[];
}

/**
 * Where articles give different values for the same thing. Quantities of the same kind and unit from
 * different articles are linked when their contexts are similar (less so when they count the same noun, "soldats"),
 * and their values are within a factor of MAXIMUM_RATIO; linked groups holding values that disagree
 * after normalisation become discrepancies. Vague quantities ("dizaines de milliers"), offsets
 * ("20 minutes avant") and years never disagree; approximate values ("environ 100 000") agree within 10 %,
 * round values with the values they round ("43 000" and "42 927"), bounds ("plus de 100") with any value on
 * their side. Articles published days apart are not compared (a toll rises as a story goes on), and an article
 * that gives two values for one thing takes no side: it tells two things apart, or is unsure.
 */
export function findQuantityDiscrepancies(
  quantities: readonly MeasuredQuantity[],
  sentences: StorySentences,
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
): QuantityDiscrepancy[] {
  // An age is compared only with the ages of the same person (its head): two people's ages never disagree.
  const usable = quantities.filter(
    (q) =>
      !q.vague &&
      (q.role === "measure" || (q.role === "age" && q.head !== null)) &&
      q.kind !== "date" &&
      sentences.at(q.articleId, q.sentence) !== undefined,
  );
  const parent = usable.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Each sentence's context made a sparse vector once, on first use: the pairs below compare the same contexts many times over.
  const numbering = new TermNumbering();
  const packedBySentence = new Map<IndexedSentence, SparseVector>();
  const contexts: (SparseVector | undefined)[] = new Array(usable.length);
  const contextAt = (index: number): SparseVector => {
    let context = contexts[index];
    if (context === undefined) {
      const q = usable[index]!;
      const sentence = sentences.at(q.articleId, q.sentence)!;
      context = packedBySentence.get(sentence);
      if (context === undefined) {
        context = numbering.sparse(sentence.context);
        packedBySentence.set(sentence, context);
      }
      contexts[index] = context;
    }
    return context;
  };
  // Across two languages the words share no stem: the sentences are compared on what reads the same in both
  // (`portable`), without their neighbours, which in a short report hold every other figure and name.
  const portableBySentence = new Map<IndexedSentence, SparseVector>();
  const portableAt = (index: number): SparseVector => {
    const q = usable[index]!;
    const sentence = sentences.at(q.articleId, q.sentence)!;
    let context = portableBySentence.get(sentence);
    if (context === undefined) {
      context = numbering.sparse(sentence.portable);
      portableBySentence.set(sentence, context);
    }
    return context;
  };
  const languages = usable.map((q) => docs.get(q.articleId)?.segmented.language);
  const published = new Map([...docs].map(([id, doc]) => [id, publicationTime(doc.article)]));
  // Only pairs of one kind and unit, values within MAXIMUM_RATIO, can be linked; the links, not their order, make
  // the groups, so a pair already in one group needs no comparing.
  forEachComparablePair(usable, (i, j) => {
    const a = usable[i]!;
    const b = usable[j]!;
    if (a.articleId === b.articleId || find(i) === find(j)) return;
    if (farApart(published.get(a.articleId) ?? Number.NaN, published.get(b.articleId) ?? Number.NaN)) return;
    const sameHead = a.head !== null && a.head === b.head;
    // A count of the same noun still needs a context of the same thing: "10 games" and "23 games" of two seasons,
    // "three people died" and "20 people had been inside" are two facts.
    const least =
      a.kind !== "count" || sameHead
        ? SAME_CONTEXT
        : a.head === null && b.head === null
          ? SAME_CONTEXT_WITHOUT_HEAD
          : Number.POSITIVE_INFINITY;
    const related =
      least <= 1 &&
      (languages[i] === languages[j]
        ? sparseCosine(contextAt(i), contextAt(j)) >= least
        : sparseCosine(portableAt(i), portableAt(j)) >= Math.max(least, SAME_CONTEXT_ACROSS_LANGUAGES));
    if (related) parent[find(i)] = find(j);
  });
  const groups = new Map<number, MeasuredQuantity[]>();
  usable.forEach((quantity, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [quantity]);
    else group.push(quantity);
  });
  const found: QuantityDiscrepancy[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((q) => q.articleId)).size < 2) continue;
    for (const values of byMagnitude(takingSides(distinctValues(group)))) {
      if (values.length < 2) continue;
      const kind = kindOf(group[0]!);
      const anchors = values.flatMap((members, side) =>
        members.map((q) => ({ articleId: q.articleId, start: q.start, end: q.end, side, head: q.head })),
      );
      found.push({
        discrepancy: {
          about: describeDiscrepancy(kind, anchors, docs),
          kind,
          values: values.map((members) => toValue(members)),
        },
        quantities: values.flat(),
      });
    }
  }
  return found;
}

/**
 * The values split where, sorted, one is more than MAXIMUM_RATIO times the one below: values that far apart
 * were linked through others (an article that took no side), and are different things. Each part keeps the
 * values' order.
 */
function byMagnitude(values: readonly MeasuredQuantity[][]): MeasuredQuantity[][][] {
  const sorted = [...values].sort((a, b) => a[0]!.value - b[0]!.value);
  const part = new Map<MeasuredQuantity[], number>();
  let parts = 0;
  sorted.forEach((members, index) => {
    if (index > 0 && ratioOf(sorted[index - 1]![0]!, members[0]!) > MAXIMUM_RATIO) parts++;
    part.set(members, parts);
  });
  return Array.from({ length: parts + 1 }, (_, index) => values.filter((members) => part.get(members) === index));
}

function ratioOf(a: MeasuredQuantity, b: MeasuredQuantity): number {
  return Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), 1e-9);
}

/**
 * Visits the index pairs of quantities of the same kind, role and unit (counts and ages: and head) whose values are within MAXIMUM_RATIO of
 * each other. Values sorted, each is compared with the next ones until the ratio grows too large (any order
 * of values that are not all finite and non-negative is compared in full).
 */
function forEachComparablePair(
  quantities: readonly MeasuredQuantity[],
  visit: (first: number, second: number) => void,
): void {
  const buckets = new Map<string, number[]>();
  quantities.forEach((q, index) => {
    // Counts are linked only through the same head noun, or when neither has one: counts of other nouns are
    // never compared (in a story of a hundred articles, most counts are of different things).
    const head = q.kind === "count" || q.role === "age" ? `\u0000${q.head ?? "\u0001"}` : "";
    const key = `${q.kind}\u0000${q.role}\u0000${q.unit ?? "\u0001"}${head}`;
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [index]);
    else list.push(index);
  });
  for (const members of buckets.values()) {
    if (!members.every((index) => Number.isFinite(quantities[index]!.value) && quantities[index]!.value >= 0)) {
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x]!;
          const j = members[y]!;
          if (!(ratioOf(quantities[i]!, quantities[j]!) > MAXIMUM_RATIO)) visit(i, j);
        }
      continue;
    }
    const sorted = [...members].sort((a, b) => quantities[a]!.value - quantities[b]!.value || a - b);
    for (let x = 0; x < sorted.length; x++)
      for (let y = x + 1; y < sorted.length; y++) {
        const i = sorted[x]!;
        const j = sorted[y]!;
        if (ratioOf(quantities[i]!, quantities[j]!) > MAXIMUM_RATIO) break;
        if (i < j) visit(i, j);
        else visit(j, i);
      }
  }
}

function kindOf(quantity: MeasuredQuantity): DiscrepancyKind {
  switch (quantity.kind) {
    case "duration":
      return "duration";
    case "amount":
      return "amount";
    case "time":
      return "time";
    case "date":
      return "date";
    case "count":
    case "percent":
      return "quantity";
  }
}

/**
 * Groups the quantities into values that agree: equal, within 10 % when approximate, or on a bound's side. A bound
 * agrees with every value on its side ("plus de 100" and "127") and with the same bound; two bounds of one direction
 * that differ ("au moins douze" / "at least 14" civilians killed) are two tolls, as two values are; bounds of opposite
 * directions disagree only when they cannot both hold ("at least 12" / "up to 20" can). Bounds are taken in one order
 * (lower bounds first, by value), so which values are found does not depend on the articles' order.
 */
function distinctValues(group: readonly MeasuredQuantity[]): MeasuredQuantity[][] {
  const exact = group.filter((q) => q.bound === null).sort((a, b) => Number(a.approximate) - Number(b.approximate));
  const values: MeasuredQuantity[][] = [];
  for (const quantity of exact) {
    const same = values.find((members) => agree(members[0]!, quantity));
    if (same !== undefined) same.push(quantity);
    else values.push([quantity]);
  }
  const unsatisfied = group
    .filter((q) => q.bound !== null && !values.some((members) => satisfies(q, members[0]!.value)))
    .sort((a, b) => Number(a.bound === "at-most") - Number(b.bound === "at-most") || a.value - b.value);
  for (const bound of unsatisfied) {
    const same = values.find((members) => members[0]!.bound === bound.bound && boundsAgree(members[0]!, bound));
    if (same !== undefined) same.push(bound);
    else if (!values.some((members) => bothHold(members[0]!, bound))) values.push([bound]);
  }
  return values;
}

/**
 * Two bounds of one direction agree when their values do; durations within 10 % too, as a month is four weeks or 30
 * days ("less than four weeks" / "less than a month"). Counts do not: "more than 600" and "more than 660" dead are
 * two tolls.
 */
function boundsAgree(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  return agree(a, b) || (a.kind === "duration" && withinTenPercent(a, b));
}

/** Two bounds of opposite directions that a value can meet together ("at least 12" and "up to 20"). */
function bothHold(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  if (a.bound === null || b.bound === null || a.bound === b.bound) return false;
  const [low, high] = a.bound === "at-least" ? [a, b] : [b, a];
  return low.value <= high.value;
}

function agree(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  if (a.normalized === b.normalized) return true;
  if ((a.kind === "count" || a.kind === "amount") && (roundsTo(a.value, b.value) || roundsTo(b.value, a.value)))
    return true;
  return (a.approximate || b.approximate) && withinTenPercent(a, b);
}

function withinTenPercent(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  return Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * True when `round` is `value` rounded to the zeros it ends with: "43 000" for 42 927, "1 500" for 1 480. Two
 * figures are always taken as meant ("300" is not "about 300"), and only hundreds and more are rounding ("100"
 * and "97" still disagree).
 */
function roundsTo(round: number, value: number): boolean {
  if (!Number.isInteger(round) || round < 1000) return false;
  const digits = Math.floor(Math.log10(round)) + 1;
  let zeros = 0;
  while (zeros < digits - 2 && round % 10 ** (zeros + 1) === 0) zeros++;
  const unit = 10 ** zeros;
  return unit >= 100 && Math.abs(round - value) <= unit / 2;
}

function satisfies(bound: MeasuredQuantity, value: number): boolean {
  return bound.bound === "at-least" ? value >= bound.value : value <= bound.value;
}

const BOUND_MARKS = { "at-least": "≥ ", "at-most": "≤ ", none: "" } as const;

function toValue(members: readonly MeasuredQuantity[]): DiscrepancyValue {
  return {
    value: members[0]!.text,
    // A bound's value is shown as one: "≥ 12" for "au moins douze", "≤ 20" for "up to 20".
    normalized: `${BOUND_MARKS[members[0]!.bound ?? "none"]}${members[0]!.normalized}`,
    articleIds: [...new Set(members.map((q) => q.articleId))],
    evidence: members.map((q) => ({ articleId: q.articleId, start: q.start, end: q.end })),
  };
}
