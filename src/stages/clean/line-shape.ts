import { foldedStart, foldForMatch } from "./fold-for-match.js";

/** A cue list folded for comparison, the length of its longest folded cue, and its cues by first character. */
interface FoldedCues {
  keys: readonly string[];
  longest: number;
  /** First character → the keys starting with it, in list order (only those can start a line starting with it). */
  byFirst: Map<string, readonly string[]>;
}

const foldedLists = new WeakMap<readonly string[], FoldedCues>();

/** `foldForMatch` of each cue of a list, computed once: cue lists are compared against every line. */
function foldedCues(cues: readonly string[]): FoldedCues {
  let folded = foldedLists.get(cues);
  if (folded === undefined) {
    const keys = cues.map(foldForMatch);
    const byFirst = new Map<string, string[]>();
    for (const [i, key] of keys.entries()) {
      // An empty key would start every line, and has no first character to be found by.
      if (key === "") throw new Error(`boilerplate cue "${cues[i]}" folds to nothing: remove it from the cue lists`);
      const list = byFirst.get(key.charAt(0)) ?? [];
      list.push(key);
      byFirst.set(key.charAt(0), list);
    }
    folded = { keys, longest: Math.max(0, ...keys.map((key) => key.length)), byFirst };
    foldedLists.set(cues, folded);
  }
  return folded;
}

/** Words of a line: runs of letters or digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
}

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
  const { byFirst, longest } = foldedCues(cues);
  // Only the start of the line is compared: no need to fold a long paragraph to its end.
  const folded = foldedStart(text, longest);
  let rest: string | null = null;
  for (const key of byFirst.get(folded.charAt(0)) ?? []) {
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
  return foldedCues(cues).keys.some((key) => {
    const at = folded.indexOf(key);
    if (at < 0) return false;
    return !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(folded.charAt(at + key.length));
  });
}

/** Whether the whole line, once punctuation and digits are set aside, is one of `cues`. */
export function isOnlyCue(text: string, cues: readonly string[]): boolean {
  const core = foldForMatch(text.replace(/[^\p{L}\p{M}'’ -]+/gu, " "));
  return core !== "" && foldedCues(cues).keys.includes(core);
}
