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
  const pairs: [number, number][] = [];
  keyWords.forEach((words, index) => {
    const root = rootOf(index);
    const type = typeOf(root);
    if (words.length < 2 || (type !== "person" && type !== "other")) return;
    if (PARTICLE_KEYS.has(words[0]!) || isFirstName(spellingWords[index]![0]!)) return;
    const owners = new Set<number>();
    keyWords.forEach((longer, other) => {
      const owner = rootOf(other);
      if (longer.length <= words.length || owner === root || typeOf(owner) !== "person") return;
      if (!isFirstName(spellingWords[other]![0]!)) return;
      if (words.every((word, at) => longer[longer.length - words.length + at] === word)) owners.add(owner);
    });
    const [owner] = owners;
    if (owners.size === 1) pairs.push([index, owner!]);
  });
  return pairs;
}
