/** Whether a code point is a letter (`\p{L}`). */
const LETTER = /\p{L}/u;
/** Maximal runs of letters: a written form can only start where one starts. */
const LETTER_RUN = /\p{L}+/gu;
/** A written form not opening on a letter: a (rare) pattern of its own. */
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function isLetterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
}

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
  return {
    of(text: string): Set<string> {
      const found = new Set<number>();
      for (const match of text.matchAll(LETTER_RUN)) {
        const forms = byRun.get(match[0]);
        if (forms === undefined) continue;
        for (const { form, entity } of forms) {
          if (found.has(entity) || !text.startsWith(form, match.index)) continue;
          if (!isLetterAt(text, match.index + form.length)) found.add(entity);
        }
      }
      for (const { pattern, entity } of others) if (!found.has(entity) && pattern.test(text)) found.add(entity);
      return new Set([...found].sort((a, b) => a - b).map((entity) => features[entity]!));
    },
  };
}
