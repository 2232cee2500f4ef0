/** `1 + log(count)` for the small whole counts that nearly all terms have. */
const COUNT_WEIGHTS = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

/** Sublinear weight of a term's count in an article. */
export function countWeight(count: number): number {
  return count < COUNT_WEIGHTS.length && Number.isInteger(count) ? COUNT_WEIGHTS[count]! : 1 + Math.log(count);
}
