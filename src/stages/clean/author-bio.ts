import { cuesOfAllLanguages } from "./cue-lists.js";
import { afterStartingCue, containsCue, hasQuoteMarks } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";

/** One to four capitalised words at the start of a line: the author's name. */
const LEADING_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}/u;

/**
 * A line that presents the author or the site rather than the news: "Jane Doe is a reporter at …",
 * "… en charge de la rédaction du site …, nous sélectionnons pour vous …". Quoted lines never are.
 * Only meaningful at the end of an article; the cleaner checks the position.
 */
export function isAuthorBio(line: string): boolean {
  if (hasQuoteMarks(line) || hasMoreWordsThan(line, 80)) return false;
  if (containsCue(line, cuesOfAllLanguages("siteBlurb"))) return true;
  const name = LEADING_NAME.exec(line);
  if (name === null) return false;
  return afterStartingCue(line.slice(name[0].length), cuesOfAllLanguages("authorRole")) !== null;
}
