/**
 * The `count` items of `items` with the highest scores (ties: the smaller item), in no particular
 * order: a heap of the best so far with the weakest on top, so most items cost one comparison.
 */
export function bestScored(items: readonly number[], scores: Float64Array, count: number): number[] {
  /** `x` ranks below `y`. */
  const below = (x: number, y: number): boolean => scores[x]! < scores[y]! || (scores[x] === scores[y] && x > y);
  const heap: number[] = [];
  const siftDown = (item: number): void => {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && below(heap[right]!, heap[left]!) ? right : left;
      if (!below(heap[child]!, item)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = item;
  };
  for (const item of items) {
    if (heap.length < count) {
      let index = heap.length;
      while (index > 0 && below(item, heap[(index - 1) >> 1]!)) {
        heap[index] = heap[(index - 1) >> 1]!;
        index = (index - 1) >> 1;
      }
      heap[index] = item;
    } else if (count > 0 && below(heap[0]!, item)) {
      siftDown(item);
    }
  }
  return heap;
}
