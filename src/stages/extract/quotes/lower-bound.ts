/**
 * Index of the first of `sorted` (ascending) at or above `value` (`sorted.length` when none is): where `value`
 * would be inserted before its equals. Quotes ask it of mention, sentence and name offsets.
 */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
