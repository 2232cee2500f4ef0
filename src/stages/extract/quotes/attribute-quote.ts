import type { Entity } from "../../../domain/story.js";
import type { Sentence, Token } from "../../../domain/text.js";
import { placeBeforeNoun, speakerAfterVerb } from "./affiliation.js";
import type { ArticleIndex } from "./article-index.js";
import {
  ADDRESSEE_VERBS,
  attributionWords,
  endsWithSource,
  followsNonSubjectWord,
  followsPreposition,
  isPossessive,
} from "./attribution-words.js";
import { clauseSubject } from "./clause-subject.js";
import { endsSentence } from "./ends-sentence.js";
import { type PhraseContext, phraseAfter, phraseBefore } from "./find-phrase-speaker.js";
import type { QuotedSpan } from "./find-quoted-spans.js";
import { type SpeakerMention, speakerRoleKey } from "./find-speaker-mentions.js";
import { isScareQuote, namingVerbBefore } from "./is-scare-quote.js";
import { isTimePhrase } from "./is-time-phrase.js";
import { nameBeforeVerb } from "./name-before-verb.js";
import { openingClauseSpeaker } from "./opening-clause-speaker.js";
import { type Gender, statedGender } from "./speaker-gender.js";
import { speakerOfSentenceBefore } from "./speaker-of-sentence-before.js";
import { wordDistance as distance } from "./word-distance.js";

/** One article, ready for attributing its quotes. */
export interface AttributionContext extends PhraseContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  language: string;
  quotes: readonly QuotedSpan[];
  mentions: readonly SpeakerMention[];
  /** Entity a role stands for across the story ("secretaire|amer" → Antony Blinken). */
  roles: ReadonlyMap<string, Entity>;
  /** Gender of one of the article's entities, where a title or a role tells it. */
  genderOf: (entity: Entity) => Gender | undefined;
  /** Positions of the article's sentences, tokens, quotes and mentions. */
  index: ArticleIndex;
}

export interface Attribution {
  mention: SpeakerMention | null;
  entity: Entity | null;
}

/** The quote attributed last in the article, with a named or described speaker. */
export interface PreviousAttribution {
  quote: QuotedSpan;
  attribution: Attribution;
}

/** `mention` as the speaker, with the entity it stands for. */
function attributed(
  context: AttributionContext,
  mention: SpeakerMention,
  previous: PreviousAttribution | null,
): Attribution {
  return { mention, entity: resolve(context, mention, previous) };
}

/** Whether `entity` may be what `mention` stands for: a pronoun stands for a person of its gender (`gender`, if it
 * tells one), when the article tells the person's gender. */
function fits(context: AttributionContext, mention: SpeakerMention, gender: Gender | null, entity: Entity): boolean {
  return (
    mention.kind !== "pronoun" ||
    (entity.type === "person" && (gender === null || (context.genderOf(entity) ?? gender) === gender))
  );
}

/**
 * The named entity a mention stands for: itself; for a role, its holder across the story, else the person given
 * that function in the three sentences before; for a pronoun, the speaker of the quote just before (same or
 * previous sentence), else the last person named in the three sentences before (an unnamed role in between
 * makes it unknown).
 */
function resolve(
  context: AttributionContext,
  mention: SpeakerMention,
  previous: PreviousAttribution | null,
): Entity | null {
  if (mention.entity !== null || mention.kind === "phrase") return mention.entity;
  const { index } = context;
  const here = index.sentenceIndexAt(mention.start);
  const gender = mention.kind === "pronoun" ? statedGender(context.text, mention, context.language) : null;
  const floor = context.sentences[Math.max(0, here - 3)]?.start ?? 0;
  const earlier = index.mentionsWithin(floor, mention.start).reverse();
  if (mention.kind === "role") {
    const key = speakerRoleKey(mention);
    const holder = key === null ? undefined : context.roles.get(key);
    if (holder !== undefined) return holder;
    const sameFunction = earlier.find(
      (other) => other.kind === "role" && other.entity !== null && other.role!.head === mention.role!.head,
    );
    if (sameFunction !== undefined) return sameFunction.entity;
    if (mention.role!.adjectives.length > 0) {
      const byHead = [...context.roles.entries()].filter(
        ([other]) =>
          other.startsWith(`${mention.role!.head}|`) &&
          other
            .split("|")[1]!
            .split(",")
            .some((adjective) => mention.role!.adjectives.includes(adjective)),
      );
      const holders = new Set(byHead.map(([, entity]) => entity));
      if (holders.size === 1) return [...holders][0]!;
    }
    return null;
  }
  if (
    mention.kind === "pronoun" &&
    previous !== null &&
    previous.attribution.entity !== null &&
    fits(context, mention, gender, previous.attribution.entity) &&
    index.sentenceIndexAt(previous.quote.open) >= here - 1
  )
    return previous.attribution.entity;
  for (const other of earlier) {
    if (other.kind === "pronoun" || other.kind === "demonstrative") continue;
    if (other.kind === "role") {
      const entity = resolve(context, other, null);
      const roleGender = statedGender(context.text, other, context.language);
      if (
        entity === null &&
        mention.kind === "pronoun" &&
        (gender === null || roleGender === null || roleGender === gender)
      )
        return null;
      if (entity !== null && fits(context, mention, gender, entity)) return entity;
      continue;
    }
    if (other.entity !== null && other.entity.type === "person" && fits(context, mention, gender, other.entity))
      return other.entity;
  }
  return null;
}

function speakerCandidates(context: AttributionContext, from: number, to: number): SpeakerMention[] {
  return context.index.mentionsWithin(from, to);
}

/** The quote ends with a comma, "!", "?" or "…" (then non-letters): its cue may follow in the next sentence. */
const OPEN_ENDING = /[,!?…]\P{L}*$/u;
/** "…, a déclaré": a comma then up to three words before a verb. */
const AFTER_COMMA = /,\s*(?:[\p{L}’']+[\s-]+){0,3}$/u;

/**
 * Who says a quote, from the words around it in its sentence: after it ("», a déclaré le ministre russe",
 * "», a-t-il ajouté", "," Lavrov said"), before it ("X a affirmé que «", "selon X, «"), the subject of the
 * clause that holds a quoted fragment ("X a promis une réponse « … »"), the speaker of an earlier quote in the
 * same sentence, or of the quote just before when a quote stands alone as a sentence.
 */
export function attributeQuote(
  context: AttributionContext,
  quote: QuotedSpan,
  previous: PreviousAttribution | null,
): Attribution {
  const { text, language, tokens, normals, index } = context;
  const words = attributionWords(language);
  const openSentence = index.sentenceAt(quote.open);
  const closeSentence = index.sentenceAt(Math.max(quote.open, quote.close - 1));
  const sentenceStart = openSentence?.start ?? 0;
  const sentenceEnd = Math.max(closeSentence?.end ?? text.length, quote.close);
  const priorQuote = context.quotes.filter((other) => other.close <= quote.open && other.close > sentenceStart).at(-1);
  const nextQuote = context.quotes.find((other) => other.open >= quote.close && other.open < sentenceEnd);
  const beforeFrom = priorQuote?.close ?? sentenceStart;
  // "« A », « B », a-t-il dit": a quote followed by a comma or "and" and another quote shares that one's cue.
  let chainEnd = quote.close;
  let following = nextQuote;
  while (following !== undefined && words.chained.test(text.slice(chainEnd, following.open))) {
    chainEnd = following.close;
    following = context.quotes.find((other) => other.open >= chainEnd && other.open < sentenceEnd);
  }
  // '"Why?" Mr. Clyburn said': the cue may sit in the sentence after one ended by the quote.
  const nextSentence = index.sentenceFrom(chainEnd);
  const cueEnd =
    OPEN_ENDING.test(text.slice(quote.start, chainEnd)) &&
    /^[\s.,;:!?…]*$/.test(text.slice(chainEnd, sentenceEnd)) &&
    nextSentence !== undefined
      ? nextSentence.end
      : sentenceEnd;
  const afterTo = context.quotes.find((other) => other.open >= chainEnd && other.open < cueEnd)?.open ?? cueEnd;
  const inside = index.tokensWithin(quote.start, quote.end);
  // A quoted time (« la semaine prochaine ») is a quoted phrase, not a statement.
  if (isTimePhrase(tokens, normals, inside, language)) return { mention: null, entity: null };

  // After: "», a déclaré X" / "," X said" / "," said Mr. X", within 30 words (a long apposition); not after ", but"
  // or "and" ('"winnable state" for Mrs. Clinton, but said'), which shares the subject before the quote.
  const after = index.tokensWithin(chainEnd, afterTo).slice(0, 30);
  const verbIndex = after.findIndex((token) => words.verbs.has(normals[token]!));
  const gap = verbIndex < 0 ? "" : text.slice(chainEnd, tokens[after[verbIndex]!]!.start);
  // Up to five words between quote and verb, or more with an apposition: "," Senator X, Republican of Iowa, said'.
  if (verbIndex >= 0 && (verbIndex <= 5 || /,.*,/.test(gap)) && !endsSentence(gap) && !words.coordinated.test(gap)) {
    const verb = tokens[after[verbIndex]!]!;
    // Not a name after a preposition ('"winnable state" for Mrs. Clinton, but said'): who is spoken of or to.
    const between = speakerCandidates(context, chainEnd, verb.start).filter(
      (mention) =>
        !isPossessive(text, mention) &&
        !followsNonSubjectWord(context, words, mention.start, chainEnd) &&
        !placeBeforeNoun(text, mention, verb.start),
    );
    if (between.length > 0) return attributed(context, verbIndex <= 5 ? between.at(-1)! : between[0]!, previous);
    const phrase =
      verbIndex === 0
        ? null
        : verbIndex <= 5
          ? phraseBefore(context, chainEnd, after[verbIndex]!)
          : phraseAfter(context, after[0]!, verb.start);
    if (phrase !== null) return attributed(context, phrase, previous);
    // '…," Reid's rep told Us Weekly': who is told, right after the verb, is no speaker.
    if (!ADDRESSEE_VERBS.has(normals[after[verbIndex]!]!)) {
      const mentions = speakerCandidates(context, verb.end, afterTo);
      const inverted = speakerAfterVerb(context, words, mentions, after[verbIndex]!);
      if (inverted !== null) return attributed(context, inverted, previous);
      const afterPhrase = phraseAfter(context, after[verbIndex]!, afterTo);
      if (afterPhrase !== null) return attributed(context, afterPhrase, previous);
    }
  } else if (verbIndex > 5 && verbIndex <= 9) {
    // A long description before the name: '," Millikin assistant athletic director Bryan Marshall said'.
    const named = nameBeforeVerb(context, chainEnd, tokens[after[verbIndex]!]!.start);
    if (named !== null) return attributed(context, named, previous);
  }
  const before = index.tokensWithin(beforeFrom, quote.open);
  const candidates = speakerCandidates(context, beforeFrom, quote.open);
  // "selon X", "according to X".
  if (words.sources.length > 0) {
    for (let position = before.length - 1; position >= 0; position--) {
      const end = tokens[before[position]!]!.end;
      if (!endsWithSource(text, end, words)) continue;
      const source = candidates.find((mention) => mention.start >= end && distance(context, end, mention.start) <= 1);
      if (source !== undefined) return attributed(context, source, previous);
      const phrase = phraseAfter(context, before[position]!, quote.open);
      if (phrase !== null) return attributed(context, phrase, previous);
    }
  }
  // Before: "X a affirmé que «", "a déclaré le chef de la diplomatie russe … «": the closest verb with a subject.
  for (const verbToken of before.filter((token) => words.verbs.has(normals[token]!)).reverse()) {
    const verb = tokens[verbToken]!;
    // Not who the subject spoke with ("in an interview with CNN, blurted out").
    const preceding = candidates
      .filter(
        (mention) =>
          mention.end <= verb.start &&
          distance(context, mention.end, verb.start) <= 4 &&
          !isPossessive(text, mention) &&
          !followsPreposition(context, words, mention.start, beforeFrom),
      )
      .at(-1);
    // "a déclaré le ministre «", not "a reproché à l’OTAN de … «" (who is spoken to), nor an owner ("say Trump’s").
    const inverted = candidates.find(
      (mention) =>
        mention.start >= verb.end &&
        distance(context, verb.end, mention.start) <= 2 &&
        !isPossessive(text, mention) &&
        !followsNonSubjectWord(context, words, mention.start, verb.end, true),
    );
    const afterComma = AFTER_COMMA.test(text.slice(Math.max(beforeFrom, verb.start - 20), verb.start));
    // "Trump said Russia “can’t stand”": a subject right before the verb wins over a name after it.
    const adjacent =
      preceding !== undefined &&
      distance(context, preceding.end, verb.start) <= 1 &&
      !text.slice(preceding.end, verb.start).includes(",");
    const subject = afterComma && !adjacent ? (inverted ?? preceding) : (preceding ?? inverted);
    if (subject !== undefined) return attributed(context, subject, previous);
    const phrase = phraseBefore(context, beforeFrom, verbToken);
    if (phrase !== null) return attributed(context, phrase, previous);
  }
  // "Exprimant l’espoir d’une « réduction de l’émotion », M. Lavrov a souligné": the main clause's subject.
  const opener = openingClauseSpeaker(
    context,
    words.verbs,
    { start: sentenceStart, end: sentenceEnd },
    quote.open,
    chainEnd,
  );
  if (opener !== null) return attributed(context, opener, previous);
  // One or two quoted words with no speech verb in their sentence, and no "called" before them, are a scare quote.
  const naming = namingVerbBefore(context, before);
  if (isScareQuote(context, words.verbs, inside, index.tokensWithin(sentenceStart, sentenceEnd), naming >= 0))
    return { mention: null, entity: null };
  // A quoted fragment: the subject of its clause (see `clauseSubject`).
  const subject = clauseSubject(context, words, candidates, naming, { from: beforeFrom, to: quote.open });
  if (subject !== undefined) return attributed(context, subject, previous);
  if (priorQuote !== undefined && previous !== null && previous.quote === priorQuote) return previous.attribution;
  // A quote standing alone: the speaker of the quote just before, in the same or the previous sentence.
  if (
    before.length === 0 &&
    previous !== null &&
    index.sentenceIndexAt(previous.quote.open) >= index.sentenceIndexAt(quote.open) - 1
  )
    return previous.attribution;
  // A quote opening its sentence after one where a person speaks: '…, said Bart Naylor. "It would…"'.
  const speaker = before.length === 0 ? speakerOfSentenceBefore(context, words, quote.open) : null;
  if (speaker !== null) return attributed(context, speaker, previous);
  return { mention: null, entity: null };
}
