/**
 * The links between clusters during average-link clustering: one record per linked pair holding the
 * dot product of the two clusters' vector sums, shared by both ends, so updating a link's value
 * touches neither end's list. Records only ever die or move an end to the cluster a merge keeps, so
 * there are never more of them than the neighbour graph had edges. Each cluster lists its records;
 * dead ones are skipped, and dropped when the list is next compacted.
 */
export class LinkGraph {
  /** The two clusters of each record. */
  private readonly ends: Int32Array;
  /** Dot product of the two clusters' sums; NaN once the record is dead. */
  readonly values: Float64Array;
  private readonly lists: number[][];

  constructor(clusters: number, edges: readonly { a: number; b: number; cosine: number }[]) {
    this.ends = new Int32Array(edges.length * 2);
    this.values = new Float64Array(edges.length);
    this.lists = Array.from({ length: clusters }, () => []);
    edges.forEach(({ a, b, cosine }, record) => {
      this.ends[2 * record] = a;
      this.ends[2 * record + 1] = b;
      this.values[record] = cosine;
      this.lists[a]!.push(record);
      this.lists[b]!.push(record);
    });
  }

  /** The live records of `cluster`, its list compacted first (the caller may read, kill and move them). */
  linksOf(cluster: number): number[] {
    const list = this.lists[cluster]!;
    let kept = 0;
    for (const record of list) if (this.isAlive(record)) list[kept++] = record;
    list.length = kept;
    return list;
  }

  isAlive(record: number): boolean {
    return !Number.isNaN(this.values[record]!);
  }

  /** The end of `record` that is not `cluster`. */
  otherEnd(record: number, cluster: number): number {
    const first = this.ends[2 * record]!;
    return first === cluster ? this.ends[2 * record + 1]! : first;
  }

  kill(record: number): void {
    this.values[record] = Number.NaN;
  }

  /** Moves the `from` end of `record` to `to` (the other end's list still holds it). */
  moveEnd(record: number, from: number, to: number): void {
    const at = this.ends[2 * record] === from ? 2 * record : 2 * record + 1;
    this.ends[at] = to;
  }

  /** Replaces the list of `cluster` (records whose end is `cluster`), and empties that of `emptied`. */
  setLinks(cluster: number, records: number[], emptied: number): void {
    this.lists[cluster] = records;
    this.lists[emptied] = [];
  }
}
