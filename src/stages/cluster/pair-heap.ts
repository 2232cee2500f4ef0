/** A candidate merge of clusters `a` and `b` (`a < b`) seen at their versions. */
export interface PairEntry {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/**
 * Binary max-heap of candidate merges: higher score first, then smaller cluster numbers, so pops are
 * deterministic. Entries live in parallel typed arrays (hundreds of thousands of them for a large
 * corpus), not as one object each.
 */
export class PairHeap {
  private scores = new Float64Array(64);
  private pairs = new Int32Array(64 * 4);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(entry: PairEntry): void {
    if (this.count === this.scores.length) this.grow();
    let index = this.count++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.outranks(entry.score, entry.a, entry.b, parent)) break;
      this.move(parent, index);
      index = parent;
    }
    this.write(index, entry.score, entry.a, entry.b, entry.versionA, entry.versionB);
  }

  /** Takes the best entry out into `into`; false when the heap is empty. */
  pop(into: PairEntry): boolean {
    if (this.count === 0) return false;
    this.read(0, into);
    const last = --this.count;
    if (last === 0) return true;
    const pairs = this.pairs;
    const score = this.scores[last]!;
    const [a, b, versionA, versionB] = [
      pairs[last * 4]!,
      pairs[last * 4 + 1]!,
      pairs[last * 4 + 2]!,
      pairs[last * 4 + 3]!,
    ];
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.before(right, left) ? right : left;
      if (this.outranks(score, a, b, child)) break;
      this.move(child, index);
      index = child;
    }
    this.write(index, score, a, b, versionA, versionB);
    return true;
  }

  /** (score, a, b) comes out before the entry at `index`. */
  private outranks(score: number, a: number, b: number, index: number): boolean {
    const other = this.scores[index]!;
    if (score !== other) return score > other;
    const otherA = this.pairs[index * 4]!;
    if (a !== otherA) return a < otherA;
    return b < this.pairs[index * 4 + 1]!;
  }

  private before(x: number, y: number): boolean {
    return this.outranks(this.scores[x]!, this.pairs[x * 4]!, this.pairs[x * 4 + 1]!, y);
  }

  private move(from: number, to: number): void {
    const pairs = this.pairs;
    this.scores[to] = this.scores[from]!;
    pairs[to * 4] = pairs[from * 4]!;
    pairs[to * 4 + 1] = pairs[from * 4 + 1]!;
    pairs[to * 4 + 2] = pairs[from * 4 + 2]!;
    pairs[to * 4 + 3] = pairs[from * 4 + 3]!;
  }

  private write(index: number, score: number, a: number, b: number, versionA: number, versionB: number): void {
    this.scores[index] = score;
    const pairs = this.pairs;
    pairs[index * 4] = a;
    pairs[index * 4 + 1] = b;
    pairs[index * 4 + 2] = versionA;
    pairs[index * 4 + 3] = versionB;
  }

  private read(index: number, into: PairEntry): void {
    into.score = this.scores[index]!;
    into.a = this.pairs[index * 4]!;
    into.b = this.pairs[index * 4 + 1]!;
    into.versionA = this.pairs[index * 4 + 2]!;
    into.versionB = this.pairs[index * 4 + 3]!;
  }

  private grow(): void {
    const scores = new Float64Array(this.scores.length * 2);
    scores.set(this.scores);
    const pairs = new Int32Array(this.pairs.length * 2);
    pairs.set(this.pairs);
    this.scores = scores;
    this.pairs = pairs;
  }
}
