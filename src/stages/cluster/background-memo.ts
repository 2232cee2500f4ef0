import type { ArticleId } from "../../domain/ids.js";
import type { TermIndex } from "./term-index.js";

/**
 * Articles' backgrounds (the similarity of their k-th nearest neighbour in the whole index, see
 * `findNearestNeighbors`), remembered between incremental updates: finding one costs a neighbour
 * search, and an update needs it for every article of the region it reclusters. A whole clustering
 * sets them all; an added article forgets those of its nearest neighbours (it may now be one of
 * their k nearest, raising their background). What IDF drift changes is left until the next whole
 * clustering, like the rest of an incremental update.
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

  clear(): void {
    this.known.clear();
  }
}
