import { foldAccents } from "../segment/index.js";

/** What the cleaning rules change after folding accents: odd apostrophes and dashes. */
const APOSTROPHES = /[’ʼ‘`´]/g;
const DASHES = /[‐-―−]/g;
/** What `foldForMatch` changes after folding accents: odd apostrophes and dashes, runs, kinds or edges of spaces. */
const NEEDS_REPLACING = /[’ʼ‘`´‐-―−]|[^\S ]| {2}|^ | $/;

/** The definition: every other path must give the same string. */
function foldSlowly(text: string): string {
  const folded = foldAccents(text);
  if (!NEEDS_REPLACING.test(folded)) return folded;
  return folded.replace(APOSTROPHES, "'").replace(DASHES, "-").replace(/\s+/g, " ").trim();
}

/**
 * Code units whose lower case folds on its own, whatever stands around it: Latin letters and
 * spacing modifiers (below the combining diacritics), Latin Extended Additional, general punctuation,
 * currency signs, the minus sign. Their decompositions are a base letter and combining marks, which
 * folding drops, so the fold of a string of them is the fold of each in turn.
 */
function foldsAlone(unit: number): boolean {
  return (
    unit < 0x300 ||
    (unit >= 0x1e00 && unit < 0x1f00) ||
    (unit >= 0x2000 && unit < 0x2070) ||
    (unit >= 0x20a0 && unit < 0x20d0) ||
    unit === 0x2212
  );
}

/** Per lower-case code unit (past ASCII): its fold, or null when it must go the slow way (a mark, a space, another script). */
const unitFolds = new Map<number, string | null>();

function foldOfUnit(unit: number): string | null {
  let folded = unitFolds.get(unit);
  if (folded === undefined) {
    const alone = foldsAlone(unit)
      ? foldAccents(String.fromCharCode(unit)).replace(APOSTROPHES, "'").replace(DASHES, "-")
      : "";
    folded = alone === "" || /[\s\p{M}]/u.test(alone) ? null : alone;
    unitFolds.set(unit, folded);
  }
  return folded;
}

/**
 * The form lines and cue phrases are compared in: lower case, accents folded, one kind of
 * apostrophe and dash, single spaces. Length-preserving is not promised; use it for comparison only.
 * Lines of Latin-script text are folded code unit by code unit after one native lower-casing (several
 * times faster than decomposing the whole line); anything else takes the definition's way.
 */
export function foldForMatch(text: string): string {
  const lower = text.toLowerCase();
  const folded = foldUnits(lower);
  if (folded === null) return foldSlowly(text);
  return folded.untidy ? folded.text.replace(/\s+/g, " ").trim() : folded.text;
}

const SPACE = 0x20;

/**
 * The lower-cased `lower` folded code unit by code unit, with whether it has spaces to tidy (a run, one
 * at an edge, a control character; white space past ASCII is not folded this way); null when a code
 * unit does not fold alone.
 */
function foldUnits(lower: string): { text: string; untidy: boolean } | null {
  let text = "";
  let from = 0;
  let untidy = false;
  const last = lower.length - 1;
  for (let i = 0; i <= last; i++) {
    const unit = lower.charCodeAt(i);
    if (unit < 0x80 && unit !== 0x60) {
      if (unit < SPACE || (unit === SPACE && (i === 0 || i === last || lower.charCodeAt(i - 1) === SPACE)))
        untidy = true;
      continue;
    }
    const replacement = foldOfUnit(unit);
    if (replacement === null) return null;
    if (replacement.length === 1 && replacement.charCodeAt(0) === unit) continue;
    text += lower.slice(from, i) + replacement;
    from = i + 1;
  }
  if (from > 0) text += lower.slice(from);
  else text = lower;
  return { text, untidy };
}

/**
 * `foldForMatch(text).slice(0, length)`, without folding a long line to its end: enough to tell which
 * cue phrase a line starts with. The start of a line folds on its own when its code units fold alone
 * and its spaces are single and inner: each code unit then gives one or more characters, and only the
 * last one could be a space the whole line would lose.
 */
export function foldedStart(text: string, length: number): string {
  if (text.length > length + 1) {
    const start = text.slice(0, length + 1);
    // Untidy spaces in the start (bar one at its end, which is not returned) would be tidied first.
    const folded = foldUnits(`${start.toLowerCase()}x`);
    if (folded !== null && !folded.untidy) return folded.text.slice(0, length);
  }
  return foldForMatch(text).slice(0, length);
}

/**
 * What the one character `unit` becomes in `foldForMatch` of Latin-script text (its lower case, one
 * code unit, folded alone), or null when it does not fold on its own (then fold the whole text).
 */
export function foldOfCharacter(unit: number): string | null {
  if (unit < 0x80 && unit !== 0x60) return String.fromCharCode(unit).toLowerCase();
  const lower = String.fromCharCode(unit).toLowerCase();
  if (lower.length !== 1) return null;
  const lowerUnit = lower.charCodeAt(0);
  return lowerUnit < 0x80 && lowerUnit !== 0x60 ? lower : foldOfUnit(lowerUnit);
}
