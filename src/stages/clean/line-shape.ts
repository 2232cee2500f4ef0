import { foldAccents } from "../segment/index.js";
import { countWords } from "./count-words.js";

/**
 * The form lines and cue phrases are compared in: lower case, accents folded, one kind of
 * apostrophe and dash, single spaces. Length-preserving is not promised; use it for comparison only.
 */
export function foldForMatch(text: string): string {
  // The cleaning rules fold the same line one after another: keep the last answer.
  if (text === lastFolded.text) return lastFolded.folded;
  const folded = foldAccents(text);
  const result = NEEDS_REPLACING.test(folded)
    ? folded
        .replace(/[’ʼ‘`´]/g, "'")
        .replace(/[‐-―−]/g, "-")
        .replace(/\s+/g, " ")
        .trim()
    : folded;
  lastFolded.text = text;
  lastFolded.folded = result;
  return result;
}

/** What `foldForMatch` changes after folding accents: odd apostrophes and dashes, runs, kinds or edges of spaces. */
const NEEDS_REPLACING = /[’ʼ‘`´‐-―−]|[^\S ]| {2}|^ | $/;
const lastFolded = { text: "", folded: "" };

const foldedCues = new Map<string, string>();

/** `foldForMatch` of a cue phrase, computed once: cue lists are compared against every line. */
function foldCue(cue: string): string {
  let folded = foldedCues.get(cue);
  if (folded === undefined) {
    folded = foldForMatch(cue);
    foldedCues.set(cue, folded);
  }
  return folded;
}

/** Words of a line: runs of letters or digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
}

export function wordCount(text: string): number {
  // Several cleaning rules measure the same line one after another: keep the last answer.
  if (text !== lastCounted.text) {
    lastCounted.text = text;
    lastCounted.count = countWords(text);
  }
  return lastCounted.count;
}

const lastCounted = { text: "", count: 0 };

/** Ends like a sentence or a quotation does. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;»"”)\]]$/.test(text.trim());
}

export function hasQuoteMarks(text: string): boolean {
  return /[«»“”„"]/.test(text);
}

/**
 * What follows the cue that `text` (a normalised line) starts with, or null when it starts with none.
 * Cues carry no ligature, so the folded cue is as long as the text it matched. The cue must end at a
 * word boundary, or, when `glued` is set, may run into a capitalised word (navigation links are glued
 * to the linked title: "Article précédentL’acteur …").
 */
export function afterStartingCue(text: string, cues: readonly string[], glued = false): string | null {
  const folded = foldForMatch(text);
  let rest: string | null = null;
  for (const cue of cues) {
    const key = foldCue(cue);
    if (!folded.startsWith(key)) continue;
    const candidate = text.slice(key.length);
    const glueAllowed = glued && /^\p{Lu}/u.test(candidate);
    if (!glueAllowed && /^[\p{L}\p{N}]/u.test(candidate)) continue;
    if (rest === null || candidate.length < rest.length) rest = candidate;
  }
  return rest;
}

/** Whether `text` contains one of `cues` as whole words. */
export function containsCue(text: string, cues: readonly string[]): boolean {
  const folded = ` ${foldForMatch(text)} `;
  return cues.some((cue) => {
    const key = foldCue(cue);
    const at = folded.indexOf(key);
    if (at < 0) return false;
    return !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(folded.charAt(at + key.length));
  });
}

/** Whether the whole line, once punctuation and digits are set aside, is one of `cues`. */
export function isOnlyCue(text: string, cues: readonly string[]): boolean {
  const core = foldForMatch(text.replace(/[^\p{L}\p{M}'’ -]+/gu, " "));
  return core !== "" && cues.some((cue) => foldCue(cue) === core);
}
