import type { StoredArticle } from "./stored-article.js";

/**
 * The inverted index of a term index: term number → id numbers of the articles holding it, in order
 * of arrival. Removed articles are not taken out (their id numbers are skipped by the reader).
 */
export class Postings {
  private constructor(private readonly lists: number[][]) {}

  /** The postings of `articles` (in order of arrival): each list made at its final length, then filled. */
  static of(articles: Iterable<StoredArticle>, termCount: number): Postings {
    const list = [...articles];
    const lengths = new Int32Array(termCount);
    for (const stored of list) for (const term of stored.terms) lengths[term]!++;
    const lists = Array.from(lengths, (length) => new Array<number>(length));
    const filled = new Int32Array(termCount);
    for (const stored of list) {
      for (const term of stored.terms) lists[term]![filled[term]!++] = stored.number;
    }
    return new Postings(lists);
  }

  /** Appends an article that arrived after the others; `termCount`: the terms numbered so far. */
  add(stored: StoredArticle, termCount: number): void {
    // One list per term number, appended in order (the array stays dense).
    while (this.lists.length < termCount) this.lists.push([]);
    for (const term of stored.terms) this.lists[term]!.push(stored.number);
  }

  /** The id numbers of the articles holding `term`, in order of arrival. */
  holders(term: number): readonly number[] {
    return this.lists[term]!;
  }
}
