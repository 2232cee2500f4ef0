import { endsWithLetter, isLetterAt } from "./is-letter.js";

/** A written form not opening on a letter: a (rare) pattern of its own. */
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** The letters a written form opens on. */
const LEADING_RUN = /^\p{L}+/u;

function leadingRun(form: string): string {
  return LEADING_RUN.exec(form)?.[0] ?? "";
}

/**
 * The `entity:<name>` features of a text: the entities one of whose written forms (name or variant, two
 * characters or more) it contains between non-letters. One pass over the text's letter runs, looking up the
 * forms opening on each run, instead of one pattern per entity.
 */
export interface EntityFeatures {
  /** The features found, in the order of the entities given. */
  of(text: string): readonly string[];
}

const NONE: readonly string[] = [];

export function createEntityFeatures(
  entities: readonly { name: string; variants: readonly string[] }[],
): EntityFeatures {
  const byRun = new Map<string, { form: string; entity: number }[]>();
  const others: { pattern: RegExp; entity: number }[] = [];
  const features = entities.map((entity) => `entity:${entity.name}`);
  entities.forEach((entity, index) => {
    for (const form of new Set([entity.name, ...entity.variants])) {
      if (form.length <= 1) continue;
      const run = leadingRun(form);
      if (run === "") {
        const pattern = new RegExp(`(?<![\\p{L}])${form.replace(ESCAPE, "\\$&")}(?![\\p{L}])`, "u");
        others.push({ pattern, entity: index });
        continue;
      }
      const list = byRun.get(run) ?? [];
      list.push({ form, entity: index });
      byRun.set(run, list);
    }
  });
  // A run is looked up only when a form opens on a run of its first character and length: the text is
  // searched for those first characters (a pattern of one character class: a fast scan), and most runs are
  // rejected without building their string.
  const shapeOf = (length: number, first: number): number => length * 0x10000 + first;
  const runShapes = new Set([...byRun.keys()].map((run) => shapeOf(run.length, run.charCodeAt(0))));
  const openingUnits = [...new Set([...byRun.keys()].map((run) => run.charCodeAt(0)))];
  const opening =
    openingUnits.length === 0
      ? null
      : new RegExp(`[${openingUnits.map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`).join("")}]`, "g");
  return {
    of(text: string): readonly string[] {
      const found = new Set<number>();
      if (opening !== null) opening.lastIndex = 0;
      while (opening?.test(text)) {
        const start = opening.lastIndex - 1;
        if (endsWithLetter(text, start)) continue;
        let end = start;
        for (let width = isLetterAt(text, end); width > 0; width = isLetterAt(text, end)) end += width;
        if (end === start) continue;
        // No run starts inside this one.
        opening.lastIndex = end;
        if (!runShapes.has(shapeOf(end - start, text.charCodeAt(start)))) continue;
        const forms = byRun.get(text.slice(start, end));
        if (forms === undefined) continue;
        for (const { form, entity } of forms) {
          if (found.has(entity) || !text.startsWith(form, start)) continue;
          if (isLetterAt(text, start + form.length) === 0) found.add(entity);
        }
      }
      for (const { pattern, entity } of others) if (!found.has(entity) && pattern.test(text)) found.add(entity);
      if (found.size === 0) return NONE;
      return [...found].sort((a, b) => a - b).map((entity) => features[entity]!);
    },
  };
}
