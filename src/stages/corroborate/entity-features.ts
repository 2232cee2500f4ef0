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
  of(text: string): Set<string>;
}

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
  // scanned for those first characters, and most runs are rejected without building their string.
  const shapeOf = (length: number, first: number): number => length * 0x10000 + first;
  const runShapes = new Set([...byRun.keys()].map((run) => shapeOf(run.length, run.charCodeAt(0))));
  const opening = new Uint8Array(0x10000);
  for (const run of byRun.keys()) opening[run.charCodeAt(0)] = 1;
  return {
    of(text: string): Set<string> {
      const found = new Set<number>();
      for (let start = 0; byRun.size > 0 && start < text.length; start++) {
        if (opening[text.charCodeAt(start)] === 0 || endsWithLetter(text, start)) continue;
        let end = start;
        for (let width = isLetterAt(text, end); width > 0; width = isLetterAt(text, end)) end += width;
        if (end === start || !runShapes.has(shapeOf(end - start, text.charCodeAt(start)))) continue;
        const forms = byRun.get(text.slice(start, end));
        if (forms === undefined) continue;
        for (const { form, entity } of forms) {
          if (found.has(entity) || !text.startsWith(form, start)) continue;
          if (isLetterAt(text, start + form.length) === 0) found.add(entity);
        }
      }
      for (const { pattern, entity } of others) if (!found.has(entity) && pattern.test(text)) found.add(entity);
      if (found.size === 0) return new Set();
      return new Set([...found].sort((a, b) => a - b).map((entity) => features[entity]!));
    },
  };
}
