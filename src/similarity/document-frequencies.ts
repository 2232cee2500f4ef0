import type { TermVector } from "./term-vector.js";

/** Document frequencies over a growing collection, and the smoothed IDF they give. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  /** Counts each distinct term of one document once. */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const term of new Set(terms)) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  addVector(vector: TermVector): void {
    this.add(vector.keys());
  }

  get size(): number {
    return this.documents;
  }

  frequency(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Smoothed IDF: ln((1 + N) / (1 + df)) + 1, always positive. */
  idf(term: string): number {
    return Math.log((1 + this.documents) / (1 + (this.counts.get(term) ?? 0))) + 1;
  }
}
