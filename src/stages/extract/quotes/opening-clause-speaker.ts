import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { PARTICIPLE_OPENERS } from "../../../language-data/participle-openers.js";
import type { ArticleIndex } from "./article-index.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

/** What the rule reads of an article (see `AttributionContext`). */
export interface OpeningClauseContext {
  text: string;
  tokens: readonly Token[];
  /** `foldAccents(token.normal)` of each token. */
  normals: readonly string[];
  language: string;
  index: ArticleIndex;
}

/** Tokens at most between the comma closing the clause and the subject ("M." before "Lavrov"). */
const MAX_BEFORE_SUBJECT = 1;
/** Tokens at most from the subject to its speech verb ("a de nouveau souligné": the fourth). */
const MAX_TO_VERB = 4;

/**
 * The speaker of a quote written inside a sentence's opening participial clause: the subject of the
 * main clause after it, who is the one doing what the participle says ("Exprimant l’espoir que ces
 * discussions puissent entraîner une « réduction de l’émotion », M. Lavrov a souligné…", "Calling the
 * talks “useful”, Lavrov said…"). The sentence opens on a present participle (or the gerund "en" /
 * "tout en" + participle in French), and a comma after the quote is followed by a speaker mention
 * (not a place) and, within a few words, a speech verb. Null otherwise.
 */
export function openingClauseSpeaker(
  context: OpeningClauseContext,
  verbs: ReadonlySet<string>,
  sentence: { start: number; end: number },
  quoteOpen: number,
  quoteEnd: number,
): SpeakerMention | null {
  const { text, tokens, normals, language, index } = context;
  const openers = PARTICIPLE_OPENERS[language as SupportedLanguage];
  if (openers === undefined) return null;
  const opening = index.tokensWithin(sentence.start, quoteOpen);
  let first = 0;
  while (first < opening.length - 1 && openers.gerundWords.has(normals[opening[first]!]!)) first++;
  const participle = opening[first];
  if (participle === undefined) return null;
  const normal = normals[participle]!;
  if (!openers.ending.test(normal) || openers.notParticiples.has(normal)) return null;
  // A name opening the sentence ("Fernando …") is no participle.
  if (index.mentionsWithin(tokens[participle]!.start, tokens[participle]!.end).length > 0) return null;
  for (
    let comma = text.indexOf(",", quoteEnd);
    comma !== -1 && comma < sentence.end;
    comma = text.indexOf(",", comma + 1)
  ) {
    if (index.insideQuote(comma)) continue;
    const subject = index.mentionsWithin(comma + 1, sentence.end).find((mention) => mention.kind !== "demonstrative");
    if (subject === undefined) return null;
    if (subject.kind === "name" && subject.entity?.type === "place") continue;
    const gap = text.slice(comma + 1, subject.start);
    if (/[,;:()«»“”"]/.test(gap) || index.tokensWithin(comma + 1, subject.start).length > MAX_BEFORE_SUBJECT) continue;
    const following = index.tokensWithin(subject.end, sentence.end).slice(0, MAX_TO_VERB);
    const verbAt = following.findIndex((token) => verbs.has(normals[token]!));
    if (verbAt < 0 || /[,;:]/.test(text.slice(subject.end, tokens[following[verbAt]!]!.start))) continue;
    return subject;
  }
  return null;
}
