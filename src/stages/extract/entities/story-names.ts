import { type GazetteerEntry, lookupGazetteer } from "./gazetteer.js";
import { nameKey } from "./name-key.js";
import { type NameShape, nameShape } from "./name-shape.js";

/**
 * What the names of one story are, each worked out once per story: its gazetteer entry, its shape, its spelling
 * key. A story writes the same names over and over; these small maps answer the repeats, and the large memos
 * behind them (shared by all stories) are asked once per distinct name.
 */
export class StoryNames {
  private readonly entries = new Map<string, GazetteerEntry | null>();
  private readonly shapes = new Map<string, NameShape>();
  private readonly keys = new Map<string, string>();

  gazetteer(name: string): GazetteerEntry | undefined {
    let entry = this.entries.get(name);
    if (entry === undefined) {
      entry = lookupGazetteer(name) ?? null;
      this.entries.set(name, entry);
    }
    return entry ?? undefined;
  }

  shape(name: string): NameShape {
    let shape = this.shapes.get(name);
    if (shape === undefined) {
      shape = nameShape(name);
      this.shapes.set(name, shape);
    }
    return shape;
  }

  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.keys.set(name, key);
    }
    return key;
  }
}
