import type { ArticleId } from "../../domain/ids.js";
import type { TermIndex } from "./term-index.js";

/**
 * Articles' backgrounds (the similarity of their k-th nearest neighbour in the whole index, see
 * `findNearestNeighbors`), remembered between incremental updates: finding one costs a neighbour
 * search, and an update needs it for every article of the region it reclusters. A whole clustering
 * sets them all; an added article forgets those of its nearest neighbours that it is nearer to than
 * their k-th neighbour (it is one of their k nearest now, raising their background). What IDF drift
 * changes is left until the next whole clustering, like the rest of an incremental update.
 */
export class BackgroundMemo {
  private readonly known = new Map<ArticleId, number>();

  constructor(private readonly index: TermIndex) {}

  of(id: ArticleId): number {
    let background = this.known.get(id);
    if (background === undefined) {
      background = this.index.backgroundOf(id);
      this.known.set(id, background);
    }
    return background;
  }

  set(id: ArticleId, background: number): void {
    this.known.set(id, background);
  }

  forget(id: ArticleId): void {
    this.known.delete(id);
  }

  /**
   * An article was added with `similarity` to `id`: it can only raise `id`'s background (its k-th
   * nearest similarity) by being nearer than that k-th neighbour, so the background is forgotten then
   * and kept otherwise (a neighbour search saved; IDF drift waits for the next whole clustering).
   */
  neighborAdded(id: ArticleId, similarity: number): void {
    const background = this.known.get(id);
    if (background !== undefined && similarity > background) this.known.delete(id);
  }

  clear(): void {
    this.known.clear();
  }
}
