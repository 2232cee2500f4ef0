/**
 * Per-code-unit lookup tables that let a scan over a text decide, one `charCodeAt` at a time, what the
 * date patterns' regular expressions (flags `iu`) would decide. Built once by asking the regular
 * expression engine itself about every code unit of the Basic Multilingual Plane, so they agree with it
 * exactly (Unicode case folding included: "ſ" matches "s", "K" matches "k").
 */

/** Every BMP code unit except the surrogates, in order: what the tables are computed over. */
let bmpText: string | null = null;

function everyBmpCodeUnit(): string {
  if (bmpText === null) {
    const parts: string[] = [];
    for (let code = 0; code < 0x10000; code += 4096) {
      const chunk: number[] = [];
      for (let unit = code; unit < code + 4096; unit++) if (unit < 0xd800 || unit > 0xdfff) chunk.push(unit);
      parts.push(String.fromCharCode(...chunk));
    }
    bmpText = parts.join("");
  }
  return bmpText;
}

function tableOf(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const match of everyBmpCodeUnit().matchAll(pattern)) table[match[0].charCodeAt(0)] = 1;
  return table;
}

let letterOrNumber: Uint8Array | null = null;

/**
 * 1 for the code units `[\p{L}\p{N}]` matches (what `WORD_START` looks behind for), 0 otherwise.
 * Surrogates are 0: a caller that treats 0 as "a word may start after it" only tries too much.
 */
export function letterOrNumberTable(): Uint8Array {
  letterOrNumber ??= tableOf(/[\p{L}\p{N}]/gu);
  return letterOrNumber;
}

/** Stands for `\s+` in a phrase pattern: any white space. */
export const ANY_SPACE = " ";
/** Stands for `['’]` in a phrase pattern. */
export const ANY_APOSTROPHE = "'";

/** Code unit → class id (0: matches none of the characters), and the number of ids used. */
export interface CaseFoldClasses {
  ids: Uint8Array;
  count: number;
}

/**
 * Groups the code units that a case-insensitive Unicode pattern (`iu`) treats as one of `characters`
 * into classes: two code units share an id when both match the same character. `ANY_SPACE` gets every
 * white-space code unit, `ANY_APOSTROPHE` both apostrophes, as `phrasePattern` writes them.
 */
export function caseFoldClasses(characters: Iterable<string>): CaseFoldClasses {
  const literals = [...new Set(characters)].filter(
    (character) => character !== ANY_SPACE && character !== ANY_APOSTROPHE,
  );
  const ids = new Uint8Array(0x10000);
  let count = 1;
  const spaces = tableOf(/\s/gu);
  const space = count++;
  for (let unit = 0; unit < 0x10000; unit++) if (spaces[unit] === 1) ids[unit] = space;
  const apostrophe = count++;
  ids[0x27] = apostrophe;
  ids[0x2019] = apostrophe;
  if (literals.length === 0) return { ids, count };
  const single = literals.map((literal) => new RegExp(`[${escapeInClass(literal)}]`, "iu"));
  const idOfKey = new Map<string, number>();
  const anyLiteral = new RegExp(`[${literals.map(escapeInClass).join("")}]`, "giu");
  for (const match of everyBmpCodeUnit().matchAll(anyLiteral)) {
    const unit = match[0];
    const key = single.map((pattern) => (pattern.test(unit) ? "1" : "0")).join("");
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = count++;
      if (id > 255) throw new Error("caseFoldClasses: more than 255 classes");
      idOfKey.set(key, id);
    }
    if (ids[unit.charCodeAt(0)] !== 0) throw new Error(`caseFoldClasses: ${JSON.stringify(unit)} is in two classes`);
    ids[unit.charCodeAt(0)] = id;
  }
  return { ids, count };
}

function escapeInClass(character: string): string {
  return character.replace(/[\\\][^-]/g, "\\$&");
}
