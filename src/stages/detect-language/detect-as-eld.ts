import { bytesSpellable } from "./eld-characters.js";
import { eldData } from "./eld-data.js";
import { type EldDetection, EldLikeDetection } from "./eld-detection.js";
import { readEldWords } from "./eld-words.js";
import {
  addNamedNgram,
  addNgram,
  distinctNgrams,
  languageCodes,
  MAX_KEYED_BYTES,
  ngramName,
  startText,
} from "./ngram-table.js";

/**
 * `eld.detect(text)` from eld/medium, same language and same scores to the bit, 4-9 times faster:
 * words are read straight from the text's first few hundred bytes (eld-words.ts) and n-grams are
 * scored from a typed-array table of eld's database (ngram-table.ts). Texts eld lower-cases in a way
 * a per-character table cannot (İ, Σ) are read by eld's own steps (`countNgramsAsEld`), then scored alike.
 */
export function detectAsEld(text: string): EldDetection {
  const words = bytesSpellable ? readEldWords(text) : null;
  totals.fill(0);
  startText(totals);
  if (words === null) countNgramsAsEld(text);
  else countNgrams(words);
  let best = -1;
  let bestTotal = 0;
  for (let id = 0; id < totals.length; id++) {
    const total = totals[id] as number;
    if (total > 0 && total > bestTotal) {
      best = id;
      bestTotal = total;
    }
  }
  if (best < 0) return new EldLikeDetection("", new Int32Array(0), 0, languageCodes, idOfCode);
  return new EldLikeDetection(languageCodes[best] as string, totals.slice(), distinctNgrams(), languageCodes, idOfCode);
}

/** Counts the n-grams of the words read straight from the text. */
function countNgrams(words: NonNullable<ReturnType<typeof readEldWords>>): void {
  const codes = words.codes;
  let from = 0;
  for (let w = 0; w < words.count; w++) {
    const to = words.ends[w] as number;
    // eld: 4-byte n-grams every 3 bytes over the first 70 bytes, the first with a space in front,
    // then the word's tail (from 4 bytes before the 70th, to its very end) with a space behind.
    const length = Math.min(to - from, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < length; j += 3) addKeyedNgram(codes, from + j, from + j + 4, j === 0, false);
    addKeyedNgram(codes, from + Math.max(0, length - 4), to, j === 0, true);
    from = to;
  }
}

const MAX_WORD_BYTES = 70;
const SPACE = 0x20;

const idOfCode = new Map(languageCodes.map((code, id) => [code, id]));
/** Points by language id for the text being detected. */
const totals = new Int32Array(languageCodes.length);

/**
 * Counts an n-gram: its character codes `codes[from..to)` framed by the flagged spaces, read as a
 * base-256 number held in two ints (the last 4 codes in `low`, those before in `high`).
 */
function addKeyedNgram(codes: Uint8Array, from: number, to: number, spaceBefore: boolean, spaceAfter: boolean): void {
  if (to - from + (spaceBefore ? 1 : 0) + (spaceAfter ? 1 : 0) > MAX_KEYED_BYTES) {
    addNamedNgram(ngramName(codes, from, to, spaceBefore, spaceAfter));
    return;
  }
  let high = 0;
  let low = spaceBefore ? SPACE : 0;
  for (let i = from; i < to; i++) {
    high = (high << 8) | (low >>> 24);
    low = (low << 8) | (codes[i] as number);
  }
  if (spaceAfter) {
    high = (high << 8) | (low >>> 24);
    low = (low << 8) | SPACE;
  }
  addNgram(high, low, codes, from, to, spaceBefore, spaceAfter);
}

/**
 * eld's own reading, step by step (`detect`, `textProcessor`, `strToUtf8Bytes`, `getByteNgrams`):
 * for the few texts whose lower case a per-character table cannot give.
 */
function countNgramsAsEld(text: string): void {
  const prepared = text.substring(0, 1000).replace(eldData.separators, " ").trim().toLowerCase();
  for (const word of utf8Words(prepared)) {
    let length = word.length;
    if (length > MAX_WORD_BYTES) length = MAX_WORD_BYTES;
    let j = 0;
    for (; j + 4 < length; j += 3) addNamedNgram((j === 0 ? " " : "") + word.substring(j, j + 4));
    addNamedNgram(`${(j === 0 ? " " : "") + word.substring(length !== 3 ? length - 4 : 0)} `);
  }
}

/** eld's `strToUtf8Bytes`: the words, each byte spelled by eld's dictionary, cut past 350 / 380 bytes. */
function utf8Words(text: string): string[] {
  const dictionary = eldData.dictionary;
  let encoded = "";
  const words: string[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== "") {
          words.push(encoded);
          encoded = "";
        }
        if (bytes > 350) break;
      } else encoded += text[i];
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)]! +
        dictionary[0x80 | ((code >> 12) & 0x3f)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== "") words.push(encoded);
  return words;
}
