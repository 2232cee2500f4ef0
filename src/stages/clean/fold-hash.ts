import { foldOfCharacter } from "./fold-for-match.js";

/**
 * Per code unit, what it folds to alone: UNKNOWN yet, one code unit (stored plus one), MANY (see
 * `manyFolds`), or SLOW when its fold is not known without folding the whole text (not Latin script).
 */
const unitFolds = new Int32Array(0x10000);
const UNKNOWN = 0;
const MANY = -1;
const SLOW = -2;
/** The folds of more than one code unit ("œ" → "oe"), as code units. */
const manyFolds = new Map<number, number[]>();
const SPACE = 0x20;

function learnFold(unit: number): number {
  const alone = foldOfCharacter(unit);
  let fold = SLOW;
  if (alone !== null && alone !== "") {
    if (alone.length === 1) fold = alone.charCodeAt(0) + 1;
    else {
      fold = MANY;
      manyFolds.set(
        unit,
        [...alone].map((char) => char.charCodeAt(0)),
      );
    }
  }
  unitFolds[unit] = fold;
  return fold;
}

const step = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

/** The hash `foldHash` computes, of a string folded already (a key). */
export function hashOfFolded(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = step(hash, key.charCodeAt(i));
  return hash;
}

/**
 * The hash of `foldForMatch(text.slice(start, end))`, computed code unit by code unit without building
 * the folded string (a set of hashes then rules most strings out), or null when the fold is not known
 * that way: a code unit that does not fold alone, a control character, spaces the fold would tidy.
 */
export function foldHash(text: string, start: number, end: number): number | null {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit > SPACE && unit < 0x80) {
      // ASCII folds to its lower case, and the grave accent to an apostrophe.
      hash = step(hash, unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit === 0x60 ? 0x27 : unit);
      continue;
    }
    if (unit === SPACE) {
      if (i === start || i === end - 1 || text.charCodeAt(i - 1) === SPACE) return null;
      hash = step(hash, SPACE);
      continue;
    }
    if (unit < SPACE) return null;
    let fold = unitFolds[unit]!;
    if (fold === UNKNOWN) fold = learnFold(unit);
    if (fold > 0) hash = step(hash, fold - 1);
    else if (fold === MANY) for (const folded of manyFolds.get(unit)!) hash = step(hash, folded);
    else return null;
  }
  return hash;
}
