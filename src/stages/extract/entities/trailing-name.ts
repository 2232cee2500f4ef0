import type { EntityType } from "../../../domain/story.js";
import { NAME_ARTICLES, NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { isFirstName } from "./first-names.js";
import { nameKey } from "./name-key.js";

/** Keyed name particles ("de", "da", "von"): a name opening on one is a lone surname ("de Gaulle"), grouped apart. */
const PARTICLE_KEYS = new Set([...NAME_PARTICLES, ...NAME_ARTICLES].map(nameKey).filter((key) => key !== ""));

/**
 * Which names of a story of two words or more are the last words of one longer person's name, and whose: "Campos Neto"
 * of "Roberto Campos Neto", "Rebelo de Sousa" of "Marcelo Rebelo de Sousa", "López Obrador" of "Andrés Manuel López
 * Obrador", "Peña Nieto" of "Enrique Peña Nieto" (a surname of two words, which the lone-surname rule does not see).
 * Only a longer name that opens on a given name, as a person's written in full does: one a capitalised word ran into
 * ("Gobierno de Bashar al Asad", "Casa Bianca Jay Carney") takes no name of its own away. Not a part that opens on a
 * given name ("Maria Silva" is not "José Maria Silva"), and only when exactly one longer name of a person holds it.
 * `keyWords[i]`: the words of name `i`'s key; `spellingWords[i]`: its written words, folded (given names are told on
 * them); `rootOf(i)`: its group so far; `typeOf(root)`: that group's type. Pairs [name, owner's root].
 */
export function trailingNameOwners(
  keyWords: readonly (readonly string[])[],
  spellingWords: readonly (readonly string[])[],
  rootOf: (index: number) => number,
  typeOf: (root: number) => EntityType,
): [number, number][] {
  // The last words (two or more, short of the whole) of every person's full name opening on a given name, joined,
  // with the groups of the names ending so: one pass over the names, not one per pair.
  const endings = new Map<string, Set<number>>();
  keyWords.forEach((longer, other) => {
    if (longer.length < 3) return;
    const owner = rootOf(other);
    if (typeOf(owner) !== "person" || !isFirstName(spellingWords[other]![0]!)) return;
    for (let from = 1; from <= longer.length - 2; from++) {
      const ending = longer.slice(from).join(" ");
      endings.set(ending, (endings.get(ending) ?? new Set()).add(owner));
    }
  });
  const pairs: [number, number][] = [];
  keyWords.forEach((words, index) => {
    const root = rootOf(index);
    const type = typeOf(root);
    if (words.length < 2 || (type !== "person" && type !== "other")) return;
    if (PARTICLE_KEYS.has(words[0]!) || isFirstName(spellingWords[index]![0]!)) return;
    const owners = [...(endings.get(words.join(" ")) ?? [])].filter((owner) => owner !== root);
    if (owners.length === 1) pairs.push([index, owners[0]!]);
  });
  return pairs;
}
