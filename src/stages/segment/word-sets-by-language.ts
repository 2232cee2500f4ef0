import { foldAccents } from "./fold-accents.js";

/**
 * The words of one language from per-language `lists`, as a set built on first use: folded as token normals are
 * (`fold`), or as written. A language with no list takes `fallback`'s, or none.
 */
export function wordSetsByLanguage(
  lists: Partial<Record<string, readonly string[]>>,
  options: { fallback?: string; fold?: boolean } = {},
): (language: string) => ReadonlySet<string> {
  const sets = new Map<string, ReadonlySet<string>>();
  return (language) => {
    let set = sets.get(language);
    if (set === undefined) {
      const words = lists[language] ?? (options.fallback === undefined ? undefined : lists[options.fallback]) ?? [];
      set = new Set(options.fold === true ? words.map(foldAccents) : words);
      sets.set(language, set);
    }
    return set;
  };
}
