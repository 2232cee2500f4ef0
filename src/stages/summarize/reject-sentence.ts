/** Why a sentence of an article cannot stand in a summary. */
export type SentenceRejection =
  | "heading"
  | "fragment"
  | "question"
  | "quote-fragment"
  | "truncated"
  | "list-intro"
  | "boilerplate";

/** Whitespace-separated words: the unit of the summary's word budget. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

/** Fewer words than this is a fragment (a dateline, a caption, a stray line). */
const MIN_WORDS = 6;

/** Lines every site repeats around its articles, in the languages recoupe reads. */
const BOILERPLATE = [
  /^(?:à |a )?lire (?:aussi|également|egalement)\b/iu,
  /^(?:voir|regarder) (?:aussi|également)\b/iu,
  /^(?:read|see|watch) (?:more|also)\b/iu,
  /^(?:related|advertisement|publicité|sponsored|newsletter)\b/iu,
  /^(?:abonnez|inscrivez|subscribe|sign up|click|cliquez|partager|share|follow us|suivez-nous)/iu,
  /^(?:photo|crédit|credit|source|image)s?\s*:/iu,
  /(?:©|copyright|tous droits réservés|all rights reserved)/iu,
  /\b(?:https?:\/\/|www\.)\S+/iu,
  /\b[\w.+-]+@[\w-]+\.[\w.]+\b/u,
  /\b(?:cookies?|javascript)\b/iu,
];

const QUOTE_PAIRS: Array<[string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
];

/** Characters between quotation marks, as a share of the sentence's letters. */
function quotedShare(text: string): number {
  let quoted = 0;
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      quoted += (text.slice(start + 1, end).match(/\p{L}/gu) ?? []).length;
      from = end + 1;
    }
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters === 0 ? 0 : quoted / letters;
}

/**
 * Whether `text` (one sentence) is unfit for a summary, and why: a heading (no sentence-final
 * punctuation), a fragment (too short, or starting mid-sentence), a question, mostly a quotation,
 * a teaser cut with an ellipsis, an introduction to a list, or site boilerplate. Null when fit.
 */
export function rejectSentence(text: string): SentenceRejection | null {
  const sentence = text.trim();
  if (BOILERPLATE.some((pattern) => pattern.test(sentence))) return "boilerplate";
  const closing = sentence.replace(/[\s"'»”’)\]]+$/u, "");
  if (/\?$/u.test(closing)) return "question";
  if (/(?:\.\.\.|…)$/u.test(closing)) return "truncated";
  if (/:$/u.test(closing)) return "list-intro";
  if (!/[.!]$/u.test(closing)) return "heading";
  if (countWords(sentence) < MIN_WORDS) return "fragment";
  if (/^[\s\p{P}]*\p{Ll}/u.test(sentence) || /^[-–—•*]/u.test(sentence)) return "fragment";
  if (quotedShare(sentence) > 0.75) return "quote-fragment";
  return null;
}
