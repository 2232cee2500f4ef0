import { eldData } from "./eld-data.js";

/**
 * How eld sees each UTF-16 code unit, derived once from eld's own separator regex and dictionary so
 * that the two can never disagree.
 */

/** A letter of eld's letter class (BMP only: astral characters and lone surrogates are separators). */
export const LETTER = 1;
/** `'`, `` ` `` or `’`: a separator that eld keeps when it ends a run of separators (as in "don't"). */
export const APOSTROPHE = 2;
const APOSTROPHES = [0x27, 0x60, 0x2019];
const FIRST_SURROGATE = 0xd800;
const SURROGATE_COUNT = 0x800;

/** LETTER, APOSTROPHE or 0 (other separators) by code unit. */
export const characterClass: Uint8Array = classifyCodeUnits();

/** Byte to the character code eld spells it with (bytes >= 0x80; ASCII bytes are themselves). */
export const spelledByte: Uint8Array = new Uint8Array(256);

/**
 * True when eld's dictionary spells every byte with one character code from 1 to 255: n-grams are
 * then byte strings with numeric keys (see ngram-table.ts). Otherwise eld must be used as is.
 */
export const bytesSpellable: boolean =
  eldData.dictionary.length === 256 &&
  eldData.dictionary.every((spelling, byte) => {
    const code = byte < 0x80 ? byte : spelling.charCodeAt(0);
    spelledByte[byte] = code;
    return byte < 0x80 || (spelling.length === 1 && code >= 1 && code <= 255);
  });

/** Marks a code unit whose lower case is not one code unit, or depends on its neighbours (Σ). */
export const NO_SIMPLE_LOWER = 0xffff;
const lowerCases = new Uint16Array(0x10000);
for (let code = 0x41; code <= 0x5a; code++) lowerCases[code] = code + 32;
for (let code = 0x61; code <= 0x7a; code++) lowerCases[code] = code;
const CAPITAL_SIGMA = 0x3a3;

/**
 * The lower case of a letter or apostrophe, as `toLowerCase()` gives it inside any word; NO_SIMPLE_LOWER
 * when it is longer (İ) or contextual (Σ). Filled in as characters are met.
 */
export function lowerCaseOf(code: number): number {
  const known = lowerCases[code] as number;
  if (known !== 0) return known;
  const lower = String.fromCharCode(code).toLowerCase();
  const simple = lower.length === 1 && code !== CAPITAL_SIGMA ? lower.charCodeAt(0) : NO_SIMPLE_LOWER;
  lowerCases[code] = simple;
  return simple;
}

/**
 * Runs eld's separator regex over every BMP code unit but surrogates, in order: what it leaves is a
 * letter, or an apostrophe it kept. (~5 ms.)
 */
function classifyCodeUnits(): Uint8Array {
  const count = 0x10000 - SURROGATE_COUNT;
  const codeAt = (index: number) => (index < FIRST_SURROGATE ? index : index + SURROGATE_COUNT);
  const utf16 = new Uint8Array(count * 2);
  for (let i = 0; i < count; i++) {
    utf16[2 * i] = codeAt(i) & 0xff;
    utf16[2 * i + 1] = codeAt(i) >>> 8;
  }
  const all = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(utf16);
  const separated = new Uint8Array(count);
  const separators = new RegExp(eldData.separators.source, eldData.separators.flags);
  for (const match of all.matchAll(separators)) separated.fill(1, match.index, match.index + match[0].length);
  const classes = new Uint8Array(0x10000);
  for (let i = 0; i < count; i++) if (separated[i] === 0) classes[codeAt(i)] = LETTER;
  for (const code of APOSTROPHES) classes[code] = APOSTROPHE;
  return classes;
}
