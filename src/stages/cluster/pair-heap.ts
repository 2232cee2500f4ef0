/** A candidate merge of clusters `a` and `b` (`a < b`) seen at their versions. */
export interface PairEntry {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** `x` comes out before `y`: higher score first, then smaller cluster numbers, so pops are deterministic. */
function before(x: PairEntry, y: PairEntry): boolean {
  if (x.score !== y.score) return x.score > y.score;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

/** Binary max-heap of candidate merges. */
export class PairHeap {
  private readonly entries: PairEntry[] = [];

  get size(): number {
    return this.entries.length;
  }

  push(entry: PairEntry): void {
    const entries = this.entries;
    entries.push(entry);
    let index = entries.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(entries[index]!, entries[parent]!)) break;
      [entries[index], entries[parent]] = [entries[parent]!, entries[index]!];
      index = parent;
    }
  }

  pop(): PairEntry | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined || entries.length === 0) return top;
    entries[0] = last;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let best = index;
      if (left < entries.length && before(entries[left]!, entries[best]!)) best = left;
      if (right < entries.length && before(entries[right]!, entries[best]!)) best = right;
      if (best === index) break;
      [entries[index], entries[best]] = [entries[best]!, entries[index]!];
      index = best;
    }
    return top;
  }
}
