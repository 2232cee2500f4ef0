import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Discrepancy, DiscrepancyKind, DiscrepancyValue } from "../../domain/story.js";
import type { MeasuredQuantity } from "./corroboration-input.js";
import { describeDiscrepancy } from "./describe-discrepancy.js";
import { type IndexedSentence, similarity } from "./sentence-index.js";

/** Contexts (sentence ± neighbours) at or above this cosine speak of the same thing. */
const SAME_CONTEXT = 0.1;
/** Counts without a shared head noun need closer sentences. */
const SAME_CONTEXT_WITHOUT_HEAD = 0.3;
/** Values further apart than this factor are different things, not a disagreement. */
const MAXIMUM_RATIO = 4;

export interface QuantityDiscrepancy {
  discrepancy: Discrepancy;
  quantities: MeasuredQuantity[];
}

/**
 * Where articles give different values for the same thing. Quantities of the same kind and unit from
 * different articles are linked when they count the same noun ("soldats") or their contexts are similar,
 * and their values are within a factor of MAXIMUM_RATIO; linked groups holding values that disagree
 * after normalisation become discrepancies. Vague quantities ("dizaines de milliers"), offsets
 * ("20 minutes avant") and years never disagree; approximate values ("environ 100 000") agree within 10 %,
 * bounds ("plus de 100") agree with any value on their side.
 */
export function findQuantityDiscrepancies(
  quantities: readonly MeasuredQuantity[],
  sentences: readonly IndexedSentence[],
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
): QuantityDiscrepancy[] {
  const bySentence = new Map(sentences.map((s) => [`${s.articleId}:${s.sentence}`, s]));
  const usable = quantities.filter(
    (q) => !q.vague && q.role === "measure" && q.kind !== "date" && bySentence.has(`${q.articleId}:${q.sentence}`),
  );
  const parent = usable.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const [a, b] = [usable[i]!, usable[j]!];
      if (a.articleId === b.articleId || a.kind !== b.kind || a.unit !== b.unit) continue;
      const ratio = Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), 1e-9);
      if (ratio > MAXIMUM_RATIO) continue;
      const context = similarity(
        bySentence.get(`${a.articleId}:${a.sentence}`)!.context,
        bySentence.get(`${b.articleId}:${b.sentence}`)!.context,
      );
      const sameHead = a.head !== null && a.head === b.head;
      const related =
        a.kind === "count"
          ? sameHead || (a.head === null && b.head === null && context >= SAME_CONTEXT_WITHOUT_HEAD)
          : context >= SAME_CONTEXT;
      if (related) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, MeasuredQuantity[]>();
  usable.forEach((quantity, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), quantity]);
  });
  const found: QuantityDiscrepancy[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((q) => q.articleId)).size < 2) continue;
    const values = distinctValues(group);
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
      quantities: group,
    });
  }
  return found;
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

/** Groups the quantities into values that agree: equal, within 10 % when approximate, or on a bound's side. */
function distinctValues(group: readonly MeasuredQuantity[]): MeasuredQuantity[][] {
  const exact = group.filter((q) => q.bound === null).sort((a, b) => Number(a.approximate) - Number(b.approximate));
  const values: MeasuredQuantity[][] = [];
  for (const quantity of exact) {
    const same = values.find((members) => agree(members[0]!, quantity));
    if (same !== undefined) same.push(quantity);
    else values.push([quantity]);
  }
  // A bound contradicts only when no value satisfies it.
  for (const quantity of group.filter((q) => q.bound !== null)) {
    const satisfied = values.some((members) => satisfies(quantity, members[0]!.value));
    if (!satisfied) values.push([quantity]);
  }
  return values;
}

function agree(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  if (a.normalized === b.normalized) return true;
  if (!a.approximate && !b.approximate) return false;
  return Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function satisfies(bound: MeasuredQuantity, value: number): boolean {
  return bound.bound === "at-least" ? value >= bound.value : value <= bound.value;
}

function toValue(members: readonly MeasuredQuantity[]): DiscrepancyValue {
  return {
    value: members[0]!.text,
    normalized: members[0]!.normalized,
    articleIds: [...new Set(members.map((q) => q.articleId))],
    evidence: members.map((q) => ({ articleId: q.articleId, start: q.start, end: q.end })),
  };
}
