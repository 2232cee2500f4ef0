import { TERRITORY_HEADS } from "../../../language-data/name-heads.js";
import { nameKey } from "./name-key.js";

const HEAD_KEYS = new Set(TERRITORY_HEADS.map(nameKey));
/** What links the head to the name: "de", "du", "d'", "des" (keyed: "d'" is "d"). */
const LINK_KEYS = new Set(["de", "du", "d", "des"].map(nameKey));

/**
 * A territory named with its head ("canton de Vaud", "principauté de Monaco") and the same name alone ("Vaud") are one
 * place: each such pair, as [the headed name's key, the bare name's key] by their numbers in `keys` (keyed names).
 */
export function territoryOwners(keys: readonly string[]): [index: number, owner: number][] {
  const byKey = new Map(keys.map((key, index) => [key, index]));
  const pairs: [number, number][] = [];
  keys.forEach((key, index) => {
    const words = key.split(" ");
    if (words.length < 3 || !HEAD_KEYS.has(words[0]!) || !LINK_KEYS.has(words[1]!)) return;
    const owner = byKey.get(words.slice(2).join(" "));
    if (owner !== undefined) pairs.push([index, owner]);
  });
  return pairs;
}
