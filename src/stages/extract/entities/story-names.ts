import { type GazetteerEntry, gazetteerEntryOfName } from "./gazetteer.js";
import { memoizeName } from "./memoize-name.js";
import { keyOf } from "./name-key.js";
import { computeShape, type NameShape } from "./name-shape.js";
import { townEntryOf } from "./town-entries.js";

/** What is known of one written name, each fact worked out when first asked (`undefined` until then). */
interface NameFacts {
  gazetteer: GazetteerEntry | null | undefined;
  town: GazetteerEntry | null | undefined;
  shape: NameShape | undefined;
  key: string | undefined;
}

/**
 * One record per distinct name across stories: a story asks the large shared memo once per name for the record,
 * rather than once per fact (each look-up in a large memo costs more than the small maps of a story). The facts
 * are worked out here without the memos of `lookupGazetteer`, `nameShape` and `nameKey`: the record remembers
 * them, and the gazetteer entry is found by the key.
 */
const factsOf = memoizeName(
  (_name: string): NameFacts => ({
    gazetteer: undefined,
    town: undefined,
    shape: undefined,
    key: undefined,
  }),
);

/**
 * What the names of one story are, each worked out once: its gazetteer entry, its shape, its spelling key. A
 * story writes the same names over and over; one small map answers the repeats, and the records behind it (shared
 * by all stories) are asked once per distinct name.
 */
export class StoryNames {
  private readonly facts = new Map<string, NameFacts>();

  private of(name: string): NameFacts {
    let facts = this.facts.get(name);
    if (facts === undefined) {
      facts = factsOf(name);
      this.facts.set(name, facts);
    }
    return facts;
  }

  gazetteer(name: string): GazetteerEntry | undefined {
    const facts = this.of(name);
    if (facts.gazetteer === undefined) {
      facts.key ??= keyOf(name);
      facts.gazetteer = gazetteerEntryOfName(name, facts.key) ?? null;
    }
    return facts.gazetteer ?? undefined;
  }

  /** The entry of a town only GeoNames lists (`townEntryOf`), undefined for any other name. */
  town(name: string): GazetteerEntry | undefined {
    const facts = this.of(name);
    if (facts.town === undefined) facts.town = townEntryOf(name) ?? null;
    return facts.town ?? undefined;
  }

  shape(name: string): NameShape {
    const facts = this.of(name);
    facts.shape ??= computeShape(name);
    return facts.shape;
  }

  key(name: string): string {
    const facts = this.of(name);
    facts.key ??= keyOf(name);
    return facts.key;
  }
}
