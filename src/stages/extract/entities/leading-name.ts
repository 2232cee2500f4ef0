import type { EntityType } from "../../../domain/story.js";

/** Arabic articles inside a compound given name ("Seif al-Islam", "Nour el-Din", "Izz ad-Din"), keyed. */
const ARTICLES = new Set(["al", "el", "ul", "ad", "ed", "ud", "ar", "as", "an", "at", "az"]);

/** Keyed particles between a given name and a family name ("Saif el Islam el Gadafi", "Ahmed bin Salman"). */
const PARTICLES = new Set(["al", "el", "ul", "ad", "bin", "ben", "ibn", "de", "da", "di", "van", "von", "du", "del"]);

/** Arabic articles the news writes several ways inside a name ("Seif al-Islam", "Seif el-Islam"), keyed alike. */
const ARTICLE_VARIANTS = new Map([
  ["el", "al"],
  ["ul", "al"],
]);

/** A person's, or a name no cue has typed yet ("Seif el-Islam" is seldom titled). */
const nameable = (type: EntityType): boolean => type === "person" || type === "other";

const comparable = (keyWords: readonly string[]): string =>
  keyWords.map((word) => ARTICLE_VARIANTS.get(word) ?? word).join(" ");

/**
 * Which names of a story are a compound given name of one full name the story writes, and whose: "Seif al-Islam" of
 * "Seif el-Islam Kadhafi", "Saif al-Arab" of "Saif al-Arab Gheddafi". Only a compound given name, with its article
 * (two capitalised words are as often a given name and a surname: "Maria Grazia Labellarte" of a credit line's
 * "Maria Grazia Labellarte Fonte"), and only when one full name opens with any of the spellings grouped with it and
 * goes on with a family's name: one the story also writes alone and after another given name ("Kadhafi", "Mouammar
 * Kadhafi"). `keyWords[i]`: the words of name `i`'s key; `rootOf(i)`: its group so far; `typeOf(root)`: that group's
 * type (a person's, or none yet for both names: "Seif el-Islam" is seldom titled; the family's name written alone
 * must be a person's). Pairs [name, owner's root].
 */
export function leadingNameOwners(
  keyWords: readonly (readonly string[])[],
  rootOf: (index: number) => number,
  typeOf: (root: number) => EntityType,
): [number, number][] {
  // Each group's spellings, by length in words ("saif al islam", "seif al islam").
  const spellings = new Map<number, Map<number, Set<string>>>();
  keyWords.forEach((words, index) => {
    const root = rootOf(index);
    const byLength = spellings.get(root) ?? new Map<number, Set<string>>();
    byLength.set(words.length, (byLength.get(words.length) ?? new Set()).add(comparable(words)));
    spellings.set(root, byLength);
  });
  // A family's name: written alone as a person's ("Kadhafi") and at the end of another full name ("Mouammar
  // Kadhafi"), each surname with the groups of those full names.
  const lonePersons = new Set<string>();
  const fullNameRoots = new Map<string, Set<number>>();
  keyWords.forEach((words, index) => {
    const root = rootOf(index);
    if (words.length === 1 && typeOf(root) === "person") lonePersons.add(words[0]!);
    if (words.length >= 2) fullNameRoots.set(words.at(-1)!, (fullNameRoots.get(words.at(-1)!) ?? new Set()).add(root));
  });
  const familyName = (surname: string, owner: number): boolean =>
    lonePersons.has(surname) && [...(fullNameRoots.get(surname) ?? [])].some((root) => root !== owner);
  const pairs: [number, number][] = [];
  keyWords.forEach((words, index) => {
    const root = rootOf(index);
    // A compound given name holds an article ("Seif al-Islam", "Nour el-Din", "Saif al-Arab"): two capitalised words
    // alone are as often a given name and a surname ("Maria Grazia Labellarte" of "… Labellarte Fonte", a credit line).
    if (words.length < 3 || !nameable(typeOf(root)) || !words.slice(1, -1).some((word) => ARTICLES.has(word))) return;
    const own = spellings.get(root)!.get(words.length)!;
    const owners = new Set<number>();
    keyWords.forEach((longer, other) => {
      const owner = rootOf(other);
      if (longer.length <= words.length || owner === root || !own.has(comparable(longer.slice(0, words.length))))
        return;
      if (!nameable(typeOf(owner))) return;
      // The given name, then particles and one family name ("Saif el Islam el Gadafi"), not words a name ran into
      // ("Anne Speckhard Striking", "Mohamed Morsie Ahmad Shafiq"): only then are the words after it a surname.
      const rest = longer.slice(words.length, -1);
      if (rest.every((word) => PARTICLES.has(word)) && familyName(longer.at(-1)!, owner)) owners.add(owner);
    });
    const [owner] = owners;
    if (owners.size === 1) pairs.push([index, owner!]);
  });
  return pairs;
}
