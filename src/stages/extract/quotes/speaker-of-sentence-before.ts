import type { Sentence, Token } from "../../../domain/text.js";
import type { ArticleIndex } from "./article-index.js";
import { ADDRESSEE_VERBS, type AttributionWords, isPersonName } from "./attribution-words.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

/** Words between a speech verb and a person named after it ("said Bart Naylor"), or between the name and the verb. */
const NEAR = 2;
/** Between a name and its verb, an aside set off by commas (no other punctuation in it). */
const APPOSITION = /^,[^,;:()«»“”"]+(?:,[^,;:()«»“”"]+)?,[\s\u00a0]*$/u;

/**
 * The person who speaks in the sentence just before a quote that opens its own sentence, in the same paragraph (or
 * ending on a colon in the paragraph before) and with no quote of its own: 'The bill is dead, said Bart Naylor, an advocate. "It would avoid a fight."', 'Lockwood
 * chimed in. "…"'. A speech verb with a person named right after or right before it; null otherwise.
 */
export function speakerOfSentenceBefore(
  context: {
    text: string;
    tokens: readonly Token[];
    normals: readonly string[];
    sentences: readonly Sentence[];
    index: ArticleIndex;
  },
  words: Pick<AttributionWords, "verbs">,
  quoteOpen: number,
): SpeakerMention | null {
  const { text, tokens, normals, sentences, index } = context;
  const here = index.sentenceIndexAt(quoteOpen);
  const before = sentences[here - 1];
  if (before === undefined) return null;
  // Another paragraph, unless the sentence before announces the quote with a colon ('Dane Lisser wrote:⏎"…"').
  if (text.slice(before.end, quoteOpen).includes("\n") && !/:\s*$/.test(text.slice(before.start, before.end)))
    return null;
  if (index.insideQuote(before.start) || index.insideQuote(Math.max(before.start, before.end - 1))) return null;
  const within = index.tokensWithin(before.start, before.end);
  if (within.some((token) => index.insideQuote(tokens[token]!.start))) return null;
  const verbAt = within.findLastIndex((token) => words.verbs.has(normals[token]!));
  if (verbAt < 0) return null;
  const verb = tokens[within[verbAt]!]!;
  const people = index.mentionsWithin(before.start, before.end).filter((mention) => isPersonName(text, mention));
  // "her rep told People.": the one told is no speaker (English puts who is told right after the verb).
  const after = ADDRESSEE_VERBS.has(normals[within[verbAt]!]!)
    ? undefined
    : people.find((mention) => mention.start >= verb.end && index.tokensWithin(verb.end, mention.start).length <= NEAR);
  if (after !== undefined) return after;
  const prior = people.filter((mention) => mention.end <= verb.start).at(-1);
  if (prior === undefined) return null;
  const between = text.slice(prior.end, verb.start);
  // An apposition between commas: 'Brittany Lockwood, 20, a political science major from Memphis, chimed in.'
  if (APPOSITION.test(between)) return prior;
  if (/[,;:()]/.test(between)) return null;
  return index.tokensWithin(prior.end, verb.start).length <= NEAR ? prior : null;
}
