import { foldAccents } from "../../segment/index.js";

/**
 * The names of lists written as `{ language: "Name Name …" }` (`first-names.ts`, `faker-given-names.ts`,
 * `faker-surnames.ts`), each folded as names are compared (lower case, no accents), in one set.
 */
export function foldedNameSet(...lists: readonly Readonly<Record<string, string>>[]): Set<string> {
  const names = new Set<string>();
  for (const byLanguage of lists)
    for (const list of Object.values(byLanguage))
      for (const name of list.split(/\s+/)) if (name !== "") names.add(foldAccents(name));
  return names;
}
