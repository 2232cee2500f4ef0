import { classAt, LETTER, LOWER, MARK, UPPER } from "./char-class.js";

const PERIOD = 0x2e;
const AT_SIGN = 0x40;

/** Whether the word at `from` goes on, before `limit`, as an address does ("Marie.Durand@ville.fr", "www.Example.Com"). */
function goesOnAsAddress(text: string, from: number, limit: number): boolean {
  let end = from;
  while (end < limit && (classAt(text, end) & (LETTER | MARK)) !== 0) end++;
  if (end >= limit) return false;
  const next = text.charCodeAt(end);
  return next === AT_SIGN || (next === PERIOD && end + 1 < limit && (classAt(text, end + 1) & LETTER) !== 0);
}

/**
 * Sentence ends that a text lost its space after, as scraped or exported text often does where paragraphs were
 * joined ("sur les Pyrénées.Alors il part", "à 19H00 GMT.Les Etats-Unis"): a period between a word of two letters or
 * more that is no abbreviation ("M.Dupont", "St.Louis") and a capitalised word that is no part of an address
 * ("Orange.fr", "J.K.Rowling", "ASP.NET", "Marie.Durand@ville.fr" stay whole). Unicode's sentence rules (and so
 * Intl.Segmenter) never break there. Appended to `ends` (in order) as offsets into `text`, for `text.slice(start, end)`.
 */
export function gluedSentenceEnds(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string>,
  ends: number[],
): void {
  for (
    let period = text.indexOf(".", start + 2);
    period >= 0 && period + 2 < end;
    period = text.indexOf(".", period + 1)
  ) {
    if ((classAt(text, period + 1) & UPPER) === 0 || (classAt(text, period + 2) & LOWER) === 0) continue;
    let wordStart = period;
    while (wordStart > start && (classAt(text, wordStart - 1) & (LETTER | MARK)) !== 0) wordStart--;
    if (period - wordStart < 2 || (wordStart > start && text.charCodeAt(wordStart - 1) === PERIOD)) continue;
    if (abbreviations.has(text.slice(wordStart, period).toLowerCase()) || goesOnAsAddress(text, period + 1, end))
      continue;
    ends.push(period + 1);
  }
}
