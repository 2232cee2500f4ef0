import { countLetters } from "./count-letters.js";

/** Why a sentence of an article cannot stand in a summary. */
export type SentenceRejection =
  | "heading"
  | "fragment"
  | "question"
  | "quote-fragment"
  | "truncated"
  | "list-intro"
  | "exclamation"
  | "boilerplate";

/** Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` read it. */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  if (unit === 0xa0) return true;
  // Accented letters and the like, between the no-break space and the Ogham space mark, are never spaces.
  if (unit < 0x1680) return false;
  return (
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Per UTF-16 code unit: 1 for white space. */
const SPACE = new Uint8Array(0x10000);
for (let unit = 0; unit < SPACE.length; unit++) if (isSpace(unit)) SPACE[unit] = 1;

/** Whitespace-separated words: the unit of the summary's word budget. */
export function countWords(text: string): number {
  // The runs of non-space characters: what `text.trim().split(/\s+/u).length` counts, without the array.
  let words = 0;
  let afterSpace = 1;
  for (let i = 0; i < text.length; i++) {
    const space = SPACE[text.charCodeAt(i)]!;
    words += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return words;
}

/** Fewer words than this is a fragment (a dateline, a caption, a stray line). */
const MIN_WORDS = 6;

/** Lines every site repeats around its articles, in the languages recoupe reads: matched at the start. */
const LEADING_BOILERPLATE = [
  /^(?:à |a )?lire (?:aussi|également|egalement)\b/iu,
  /^(?:voir|regarder) (?:aussi|également)\b/iu,
  /^(?:read|see|watch) (?:more|also)\b/iu,
  /^(?:related|advertisement|publicité|sponsored|newsletter)\b/iu,
  /^(?:abonnez|inscrivez|subscribe|sign up|click|cliquez|partager|share|follow us|suivez-nous)/iu,
  /^(?:photo|crédit|credit|source|image)s?\s*:/iu,
];

/**
 * Boilerplate found anywhere in a line, each with the strings one of which a line must hold (in any case) for
 * the pattern to match: a pattern scans the whole line, so all the cues are looked for in one scan first.
 */
const CONTAINED_BOILERPLATE: readonly { pattern: RegExp; cues: readonly string[] }[] = [
  {
    pattern: /(?:©|copyright|tous droits réservés|all rights reserved)/iu,
    cues: ["©", "copyright", "tous droits réservés", "all rights reserved"],
  },
  { pattern: /\b(?:https?:\/\/|www\.)\S+/iu, cues: ["://", "www."] },
  { pattern: /\b[\w.+-]+@[\w-]+\.[\w.]+\b/u, cues: ["@"] },
  { pattern: /\b(?:cookies?|javascript)\b/iu, cues: ["cookie", "javascript"] },
];

/**
 * Any cue of CONTAINED_BOILERPLATE in any case. Without the `u` flag, the long s ("ſ") and the Kelvin sign
 * match neither "s" nor "k" as the patterns' case-insensitive Unicode matching does: they are cues of their own.
 */
const BOILERPLATE_CUES = new RegExp(
  [...CONTAINED_BOILERPLATE.flatMap(({ cues }) => cues), "ſ", "\u212a"]
    .map((cue) => cue.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|"),
  "i",
);

/** LEADING_BOILERPLATE as one pattern (they share their flags): one test instead of one per pattern. */
const ANY_LEADING_BOILERPLATE = new RegExp(LEADING_BOILERPLATE.map((pattern) => pattern.source).join("|"), "iu");

function isBoilerplate(sentence: string): boolean {
  if (ANY_LEADING_BOILERPLATE.test(sentence)) return true;
  if (!BOILERPLATE_CUES.test(sentence)) return false;
  return CONTAINED_BOILERPLATE.some(({ pattern }) => pattern.test(sentence));
}

const QUOTE_PAIRS: Array<[string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
];

/** Any opening quotation mark of QUOTE_PAIRS: most sentences hold none, and need no more looking. */
const QUOTE_OPENING = /[«“"]/;

/** Characters between quotation marks, as a share of the sentence's letters. */
function quotedShare(text: string): number {
  if (!QUOTE_OPENING.test(text)) return 0;
  let quoted = 0;
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      quoted += countLetters(text, start + 1, end);
      from = end + 1;
    }
  }
  // Most sentences quote nothing: their letters need no counting.
  if (quoted === 0) return 0;
  return quoted / countLetters(text);
}

/** Characters a sentence may close on after its final punctuation: spaces, quotation marks, brackets. */
const CLOSING = /[\s"'»”’)\]]/u;

/** `text` up to its closing quotation marks, brackets and spaces: where its final punctuation should be. */
function closingEnd(text: string): number {
  let end = text.length;
  while (end > 0 && CLOSING.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether `text` (one sentence) is unfit for a summary, and why: a heading (no sentence-final
 * punctuation), a fragment (too short, or starting mid-sentence), a question, an exclamation outside
 * quotation marks, mostly a quotation, a teaser cut with an ellipsis, an introduction to a list, or site
 * boilerplate. Null when fit.
 * `words` is its `countWords`, when the caller has counted them already.
 */
export function rejectSentence(text: string, words?: number): SentenceRejection | null {
  const sentence = text.trim();
  if (isBoilerplate(sentence)) return "boilerplate";
  const end = closingEnd(sentence);
  const last = sentence[end - 1];
  if (last === "?") return "question";
  if (last === "…" || (last === "." && sentence.startsWith("..", end - 3) && end >= 3)) return "truncated";
  if (last === ":") return "list-intro";
  // News narrates; a page exclaims in its teasers and advertisements ("Metti le tue passioni in un libro:
  // pubblicalo!", "Abonnez-vous !"). A quoted exclamation closes on its quotation mark, and is read as a quotation.
  if (last === "!" && end === sentence.length) return "exclamation";
  if (last !== "." && last !== "!") return "heading";
  if ((words ?? countWords(sentence)) < MIN_WORDS) return "fragment";
  if (/^[\s\p{P}]*\p{Ll}/u.test(sentence) || /^[-–—•*]/u.test(sentence)) return "fragment";
  if (quotedShare(sentence) > 0.75) return "quote-fragment";
  return null;
}

/**
 * Whether `text` is a heading for `rejectSentence`; cheaper, since a line closing on sentence-final
 * punctuation (most lines) cannot be one.
 */
export function isHeading(text: string): boolean {
  const sentence = text.trim();
  const last = sentence[closingEnd(sentence) - 1];
  if (last === "." || last === "!" || last === "?" || last === ":" || last === "…") return false;
  return rejectSentence(sentence) === "heading";
}
