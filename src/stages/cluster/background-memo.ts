import type { ArticleId } from "../../domain/ids.js";
import { grown } from "./grown.js";
import type { TermIndex } from "./term-index.js";

/**
 * Articles' nearest similarities in the whole index (their `neighbors` nearest, best first, 0-padded:
 * see `NearestNeighborOptions.nearest`), remembered between incremental updates for their backgrounds
 * (the last of them). Finding them costs a neighbour search, and an update needs the background of
 * every article of the region it reclusters. A whole clustering sets them all; an added article's own
 * search sets its own; an added article then enters the lists of its nearest neighbours where it
 * ranks, which keeps their backgrounds exact without searching them again. What IDF drift changes is
 * left until the next whole clustering, like the rest of an incremental update.
 */
export class BackgroundMemo {
  /** Article → its row in `table` (`neighbors` slots per row). */
  private readonly rows = new Map<ArticleId, number>();
  private table: Float64Array = new Float64Array(0);
  /** Rows in use in `table`, and rows of forgotten articles, to reuse. */
  private used = 0;
  private readonly free: number[] = [];

  constructor(
    private readonly index: TermIndex,
    private readonly neighbors: number,
  ) {}

  /** The article's background: the similarity of its `neighbors`-th nearest neighbour, 0 with fewer. */
  of(id: ArticleId): number {
    if (this.neighbors === 0) return 0;
    let row = this.rows.get(id);
    if (row === undefined) row = this.setNearest(id, this.index.nearestOf(id));
    return this.table[row * this.neighbors + this.neighbors - 1]!;
  }

  /**
   * Takes the nearest similarities of a whole clustering: `nearest` holds a row per article, in the
   * order of `ids` (it is kept, not copied). Forgets everything else.
   */
  setAll(ids: readonly ArticleId[], nearest: Float64Array): void {
    this.clear();
    this.table = nearest;
    for (let row = 0; row < ids.length; row++) this.rows.set(ids[row]!, row);
    this.used = ids.length;
  }

  /** Whether the article's nearest similarities are remembered (no search needed for its background). */
  has(id: ArticleId): boolean {
    return this.rows.has(id);
  }

  /**
   * Takes the rows of a whole-index search (one per article, in the order of `ids`) for the articles
   * not remembered; those remembered keep theirs (updated by the adds since). Returns how many it took.
   */
  fillMissing(ids: readonly ArticleId[], nearest: Float64Array): number {
    if (this.rows.size === 0) {
      this.setAll(ids, nearest);
      return ids.length;
    }
    let taken = 0;
    for (let item = 0; item < ids.length; item++) {
      const id = ids[item]!;
      if (this.rows.has(id)) continue;
      const from = item * this.neighbors;
      const row = this.rowFor(id); // may grow `table`: before reading it
      this.table.set(nearest.subarray(from, from + this.neighbors), row * this.neighbors);
      taken++;
    }
    return taken;
  }

  /** Sets the article's nearest neighbours' similarities (best first, as a search gives them); its row. */
  setNearest(id: ArticleId, best: readonly { similarity: number }[]): number {
    const row = this.rowFor(id);
    const from = row * this.neighbors;
    for (let k = 0; k < this.neighbors; k++) this.table[from + k] = best[k]?.similarity ?? 0;
    return row;
  }

  /** The article's row: its own, a forgotten article's, or a new one at the end of `table`. */
  private rowFor(id: ArticleId): number {
    let row = this.rows.get(id) ?? this.free.pop();
    if (row === undefined) {
      row = this.used++;
      this.table = grown(this.table, this.used * this.neighbors);
    }
    this.rows.set(id, row);
    return row;
  }

  forget(id: ArticleId): void {
    const row = this.rows.get(id);
    if (row === undefined) return;
    this.rows.delete(id);
    this.free.push(row);
  }

  /**
   * An article was added with `similarity` to `id`: when it ranks among `id`'s nearest, it takes its
   * place there, and the farthest leaves (the background rises to the next one). Nothing to do for an
   * article not remembered: its search will find the added one.
   */
  neighborAdded(id: ArticleId, similarity: number): void {
    const row = this.rows.get(id);
    if (row === undefined || this.neighbors === 0) return;
    const [from, table] = [row * this.neighbors, this.table];
    let at = from + this.neighbors - 1;
    if (!(similarity > table[at]!)) return;
    while (at > from && similarity > table[at - 1]!) {
      table[at] = table[at - 1]!;
      at--;
    }
    table[at] = similarity;
  }

  clear(): void {
    this.rows.clear();
    this.free.length = 0;
    this.used = 0;
    this.table = new Float64Array(0);
  }
}
