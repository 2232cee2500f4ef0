import type { SparseVector } from "../../similarity/sparse-vector.js";

const EMPTY = -1;

/**
 * Term number → summed weight, kept in insertion order (as a `Map` iterates) on typed arrays with an
 * open-addressing table: cluster vector sums are read far more than written, and floating-point sums
 * depend on the order they are added in, so that order is part of the contract. A sum made from one
 * vector shares its arrays until it is first added to, and builds its lookup table only when looked into.
 */
export class TermSums {
  /** Terms in insertion order; only the first `size` are used. */
  terms: Int32Array;
  /** Sums, by position in `terms`. */
  values: Float64Array;
  size: number;
  /** Slot of each bucket (EMPTY when free); null until the first lookup. */
  private table: Int32Array | null = null;
  /** Still the one vector it was made from: arrays shared (to copy before any change), terms in increasing order. */
  isVector: boolean;

  constructor(vector: SparseVector) {
    this.terms = vector.terms;
    this.values = vector.weights;
    this.size = vector.terms.length;
    this.isVector = true;
  }

  /** Position of `term` in `terms`, or -1. */
  slotOf(term: number): number {
    const table = this.table ?? this.buildTable();
    const mask = table.length - 1;
    for (let bucket = Math.imul(term, 0x9e3779b1) & mask; ; bucket = (bucket + 1) & mask) {
      const slot = table[bucket]!;
      if (slot === EMPTY || this.terms[slot] === term) return slot;
    }
  }

  /** Adds every sum of `other` to this one, in `other`'s order (new terms go last, as `Map.set` puts them). */
  addAll(other: TermSums): void {
    if (this.isVector) this.unshare(this.size + other.size);
    for (let k = 0; k < other.size; k++) {
      const term = other.terms[k]!;
      const slot = this.slotOf(term);
      // A new term's sum is 0 + weight, which is exactly the weight.
      if (slot !== EMPTY) this.values[slot]! += other.values[k]!;
      else this.append(term, other.values[k]!);
    }
  }

  private append(term: number, value: number): void {
    if (this.size === this.terms.length) this.grow(this.size * 2);
    this.terms[this.size] = term;
    this.values[this.size] = value;
    this.size++;
    if (this.size * 2 > this.table!.length) this.buildTable();
    else this.place(this.table!, this.size - 1);
  }

  private unshare(capacity: number): void {
    this.isVector = false;
    this.grow(capacity);
  }

  private grow(capacity: number): void {
    const terms = new Int32Array(Math.max(capacity, 8));
    const values = new Float64Array(terms.length);
    terms.set(this.terms.subarray(0, this.size));
    values.set(this.values.subarray(0, this.size));
    this.terms = terms;
    this.values = values;
  }

  private buildTable(): Int32Array {
    let capacity = 16;
    while (capacity < this.size * 4) capacity *= 2;
    const table = new Int32Array(capacity).fill(EMPTY);
    for (let slot = 0; slot < this.size; slot++) this.place(table, slot);
    this.table = table;
    return table;
  }

  private place(table: Int32Array, slot: number): void {
    const mask = table.length - 1;
    let bucket = Math.imul(this.terms[slot]!, 0x9e3779b1) & mask;
    while (table[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
    table[bucket] = slot;
  }
}

/**
 * Dot product of two sums, added up over the smaller one in its insertion order (ties: over `a`),
 * as the `Map`-based sums of earlier versions did, so results stay identical to the last bit.
 */
export function dotSums(a: TermSums, b: TermSums): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.isVector && large.isVector) return mergedDot(small, large);
  const terms = small.terms;
  const values = small.values;
  const largeValues = large.values;
  let total = 0;
  for (let k = 0; k < small.size; k++) {
    const slot = large.slotOf(terms[k]!);
    if (slot !== EMPTY) total += values[k]! * largeValues[slot]!;
  }
  return total;
}

/** `dotSums` of two single vectors: both in increasing term order, so a merge of the two lists adds up in `small`'s order. */
function mergedDot(small: TermSums, large: TermSums): number {
  const [termsA, termsB, valuesA, valuesB] = [small.terms, large.terms, small.values, large.values];
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < small.size && j < large.size) {
    const termA = termsA[i]!;
    const termB = termsB[j]!;
    if (termA === termB) total += valuesA[i++]! * valuesB[j++]!;
    else if (termA < termB) i++;
    else j++;
  }
  return total;
}

/**
 * One sum spread out by term number over a scratch array, to take its dot product with many others,
 * each in one pass over the other's terms, with no lookup table. Each term has two entries side by
 * side (one cache line): this sum's weight, and the product with the other sum being read.
 */
export class SpreadSum {
  constructor(
    readonly sum: TermSums,
    private readonly pairs: Float64Array,
  ) {
    for (let k = 0; k < sum.size; k++) pairs[2 * sum.terms[k]!] = sum.values[k]!;
  }

  /** `dotSums(this.sum, other)`, to the last bit. */
  dot(other: TermSums): number {
    const { sum, pairs } = this;
    const { terms, values } = other;
    if (other.size < sum.size) {
      // `other` is the smaller side: added up in its order; a term it alone holds adds 0.
      let total = 0;
      for (let k = 0; k < other.size; k++) total += values[k]! * pairs[2 * terms[k]!]!;
      return total;
    }
    // Much larger (a merged cluster, so its lookup table is built): looking this sum's terms up in it
    // is cheaper than reading it all.
    if (other.size > 8 * sum.size && !other.isVector) return dotSums(sum, other);
    // This sum is the smaller side: the products are put beside its weights (0 for a term only the
    // other holds), then added up in this sum's order.
    for (let k = 0; k < other.size; k++) {
      const at = 2 * terms[k]!;
      pairs[at + 1] = pairs[at]! * values[k]!;
    }
    let total = 0;
    for (let k = 0; k < sum.size; k++) {
      const at = 2 * sum.terms[k]! + 1;
      total += pairs[at]!;
      pairs[at] = 0;
    }
    return total;
  }

  /** Puts the scratch array back to zeros. */
  clear(): void {
    for (let k = 0; k < this.sum.size; k++) this.pairs[2 * this.sum.terms[k]!] = 0;
  }
}
