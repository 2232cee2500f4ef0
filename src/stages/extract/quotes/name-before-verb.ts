import type { ArticleIndex } from "./article-index.js";
import { isPersonName } from "./attribution-words.js";
import { endsSentence } from "./ends-sentence.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

/** Between a person and where they are from: "Mike Pence of Indiana", "Jean Dupont de Lyon". */
const HOME_LINK = /^[\s\u00a0]+(?:of|from|de|du|d['’])[\s\u00a0]*$/u;
/** A party-and-state tag ("(D-Mo.)") or a short aside in parentheses just before the verb. */
const TRAILING_ASIDE = /\([^()\n]{1,20}\)[\s\u00a0]*$/u;

/**
 * The person named right before a speech verb that a long description opens ('," Millikin assistant athletic
 * director Bryan Marshall said', '," Rep. Emanuel Cleaver II (D-Mo.) said'), between `from` (the quote's end) and
 * `verbStart`, or the pronoun right before it; null when the word before the verb (or before its aside in parentheses)
 * is neither, or when a sentence ends before it.
 */
export function nameBeforeVerb(
  context: { text: string; index: ArticleIndex },
  from: number,
  verbStart: number,
): SpeakerMention | null {
  const aside = TRAILING_ASIDE.exec(context.text.slice(from, verbStart));
  const end = aside === null ? verbStart : from + aside.index;
  if (endsSentence(context.text.slice(from, end))) return null;
  // The last mention before the verb: a later one would stand between the name and the verb; a place after "of" is
  // where the person is from ('Gov. Mike Pence of Indiana told').
  const mentions = context.index.mentionsWithin(from, end);
  const last = mentions.at(-1);
  if (last === undefined || !/^[\s\u00a0]*$/u.test(context.text.slice(last.end, end))) return null;
  const before = mentions.at(-2);
  const fromPlace =
    last.entity?.type === "place" && before !== undefined && HOME_LINK.test(context.text.slice(before.end, last.start));
  const named = fromPlace ? before : last;
  // A pronoun right before the verb stands for its speaker ('"…" with cable providers by 2021, he said').
  return isPersonName(context.text, named) || (named.kind === "pronoun" && !fromPlace) ? named : null;
}
