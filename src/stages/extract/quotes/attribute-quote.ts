import type { Entity } from "../../../domain/story.js";
import type { Sentence, Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NON_SUBJECT_WORDS } from "../../../language-data/prepositions.js";
import { REPORTING_VERBS, SOURCE_PREPOSITIONS } from "../../../language-data/reporting-verbs.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";
import { foldAccents } from "../../segment/index.js";
import { type PhraseContext, phraseAfter, phraseBefore } from "./find-phrase-speaker.js";
import type { QuotedSpan } from "./find-quoted-spans.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";
import { isTimePhrase } from "./is-time-phrase.js";
import { type Gender, statedGender } from "./speaker-gender.js";
import { tokensWithin } from "./tokens-within.js";

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
  /** Gender of the article's entities, where a title or a role tells it. */
  genders: ReadonlyMap<Entity, Gender>;
}

export interface Attribution {
  mention: SpeakerMention | null;
  entity: Entity | null;
}

export function roleKey(mention: SpeakerMention): string | null {
  return mention.role === null ? null : `${mention.role.head}|${[...mention.role.adjectives].sort().join(",")}`;
}

const verbSets = new Map<string, Set<string>>();
function verbs(language: string): Set<string> {
  let set = verbSets.get(language);
  if (set === undefined) {
    set = new Set((REPORTING_VERBS[language as SupportedLanguage] ?? REPORTING_VERBS.en).map(foldAccents));
    verbSets.set(language, set);
  }
  return set;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return (
    sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ??
    sentences.findLast((sentence) => sentence.start <= offset)
  );
}

function insideQuote(context: AttributionContext, offset: number): boolean {
  return context.quotes.some((quote) => quote.open <= offset && offset < quote.close);
}

/** The quote attributed last in the article, with a named or described speaker. */
export interface PreviousAttribution {
  quote: QuotedSpan;
  attribution: Attribution;
}

function sentenceIndex(context: AttributionContext, offset: number): number {
  const sentence = sentenceAt(context.sentences, offset);
  return sentence === undefined ? -1 : context.sentences.indexOf(sentence);
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
  const here = sentenceIndex(context, mention.start);
  const gender = mention.kind === "pronoun" ? statedGender(context.text, mention, context.language) : null;
  // A pronoun stands for a person of its gender, when the article tells the person's gender.
  const fits = (entity: Entity): boolean =>
    mention.kind !== "pronoun" ||
    (entity.type === "person" && (gender === null || (context.genders.get(entity) ?? gender) === gender));
  const floor = context.sentences[Math.max(0, here - 3)]?.start ?? 0;
  const earlier = context.mentions
    .filter((other) => other.end <= mention.start && other.start >= floor && !insideQuote(context, other.start))
    .reverse();
  if (mention.kind === "role") {
    const key = roleKey(mention);
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
    fits(previous.attribution.entity) &&
    sentenceIndex(context, previous.quote.open) >= here - 1
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
      if (entity !== null && fits(entity)) return entity;
      continue;
    }
    if (other.entity !== null && other.entity.type === "person" && fits(other.entity)) return other.entity;
  }
  return null;
}

function tokensBetween(context: AttributionContext, from: number, to: number): Token[] {
  return tokensWithin(context.tokens, from, to);
}

function speakerCandidates(context: AttributionContext, from: number, to: number): SpeakerMention[] {
  return context.mentions.filter(
    (mention) => mention.start >= from && mention.end <= to && !insideQuote(context, mention.start),
  );
}

const CHAINED = /^[\s,;]*(?:(?:et|and|und|y|e|și|en|ou|or|oder|o)[\s\u00a0]+)?$/u;

const TITLE_PERIODS = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(PERSON_TITLES).flat())]
    .filter((title) => title.endsWith("."))
    .map((title) => title.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")}|\\p{Lu})\\.`,
  "gu",
);

/** Whether a sentence ends in `gap`, the periods of titles and initials ("Mr.", "E.") aside. */
function endsSentence(gap: string): boolean {
  return /[.!?]/.test(gap.replace(TITLE_PERIODS, ""));
}

/** "Trump’s campaign": a name owning something is not the subject. */
function isPossessive(text: string, mention: SpeakerMention): boolean {
  return /^['’]s?(?![\p{L}])/u.test(text.slice(mention.end, mention.end + 3)) || /['’]s$/.test(mention.text);
}

/** Words between two offsets, and whether a comma, semicolon or parenthesis separates them. */
function distance(context: AttributionContext, from: number, to: number): number {
  if (/[;()«»“”]/.test(context.text.slice(from, to))) return Number.POSITIVE_INFINITY;
  return tokensBetween(context, from, to).length;
}

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
  const { text, language } = context;
  const verbSet = verbs(language);
  const openSentence = sentenceAt(context.sentences, quote.open);
  const closeSentence = sentenceAt(context.sentences, Math.max(quote.open, quote.close - 1));
  const sentenceStart = openSentence?.start ?? 0;
  const sentenceEnd = Math.max(closeSentence?.end ?? text.length, quote.close);
  const priorQuote = context.quotes.filter((other) => other.close <= quote.open && other.close > sentenceStart).at(-1);
  const nextQuote = context.quotes.find((other) => other.open >= quote.close && other.open < sentenceEnd);
  const beforeFrom = priorQuote?.close ?? sentenceStart;
  // "« A », « B », a-t-il dit": a quote followed by a comma or "and" and another quote shares that one's cue.
  let chainEnd = quote.close;
  let following = nextQuote;
  while (following !== undefined && CHAINED.test(text.slice(chainEnd, following.open))) {
    chainEnd = following.close;
    following = context.quotes.find((other) => other.open >= chainEnd && other.open < sentenceEnd);
  }
  // '"Why?" Mr. Clyburn said': the cue may sit in the sentence after one ended by the quote.
  const nextSentence = context.sentences.find((sentence) => sentence.start >= chainEnd);
  const cueEnd =
    /[,!?…]\P{L}*$/u.test(text.slice(quote.start, chainEnd)) &&
    /^[\s.,;:!?…]*$/.test(text.slice(chainEnd, sentenceEnd)) &&
    nextSentence !== undefined
      ? nextSentence.end
      : sentenceEnd;
  const afterTo = context.quotes.find((other) => other.open >= chainEnd && other.open < cueEnd)?.open ?? cueEnd;
  const make = (mention: SpeakerMention): Attribution => ({ mention, entity: resolve(context, mention, previous) });
  // A quoted time (« la semaine prochaine ») is a quoted phrase, not a statement.
  if (isTimePhrase(tokensBetween(context, quote.start, quote.end), language)) return { mention: null, entity: null };
  const isVerb = (token: Token): boolean => verbSet.has(foldAccents(token.normal));

  // After: "», a déclaré X" / "», a-t-il ajouté" / "," X said" / "," said Mr. X" / "," the report said".
  const after = tokensBetween(context, chainEnd, afterTo).slice(0, 12);
  const verbIndex = after.findIndex(isVerb);
  const gap = verbIndex < 0 ? "" : text.slice(chainEnd, after[verbIndex]!.start);
  // Up to five words between quote and verb, or more with an apposition: "," Senator X, Republican of Iowa, said'.
  if (verbIndex >= 0 && (verbIndex <= 5 || /,.*,/.test(gap)) && !endsSentence(gap)) {
    const verb = after[verbIndex]!;
    const between = speakerCandidates(context, chainEnd, verb.start).filter((mention) => !isPossessive(text, mention));
    if (between.length > 0) return make(verbIndex <= 5 ? between.at(-1)! : between[0]!);
    const phrase =
      verbIndex === 0
        ? null
        : verbIndex <= 5
          ? phraseBefore(context, chainEnd, verb)
          : phraseAfter(context, after[0]!, verb.start);
    if (phrase !== null) return make(phrase);
    const inverted = speakerCandidates(context, verb.end, afterTo).find(
      (mention) => distance(context, verb.end, mention.start) <= 3,
    );
    if (inverted !== undefined) return make(inverted);
    const afterPhrase = phraseAfter(context, verb, afterTo);
    if (afterPhrase !== null) return make(afterPhrase);
  }
  const before = tokensBetween(context, beforeFrom, quote.open);
  const candidates = speakerCandidates(context, beforeFrom, quote.open);
  // "selon X", "according to X".
  const sources = (SOURCE_PREPOSITIONS[language as SupportedLanguage] ?? []).map((phrase) =>
    foldAccents(phrase.toLowerCase()).replace(/’/g, "'"),
  );
  for (let index = before.length - 1; index >= 0; index--) {
    const written = foldAccents(text.slice(Math.max(0, before[index]!.end - 30), before[index]!.end).toLowerCase());
    if (!sources.some((phrase) => written.replace(/’/g, "'").endsWith(phrase))) continue;
    const source = candidates.find(
      (mention) => mention.start >= before[index]!.end && distance(context, before[index]!.end, mention.start) <= 1,
    );
    if (source !== undefined) return make(source);
    const phrase = phraseAfter(context, before[index]!, quote.open);
    if (phrase !== null) return make(phrase);
  }
  // Before: "X a affirmé que «", "a déclaré le chef de la diplomatie russe … «": the closest verb with a subject.
  for (const verb of before.filter(isVerb).reverse()) {
    const preceding = candidates
      .filter(
        (mention) =>
          mention.end <= verb.start && distance(context, mention.end, verb.start) <= 4 && !isPossessive(text, mention),
      )
      .at(-1);
    const inverted = candidates.find(
      (mention) => mention.start >= verb.end && distance(context, verb.end, mention.start) <= 2,
    );
    const afterComma = /,\s*(?:[\p{L}’']+[\s-]+){0,3}$/u.test(
      text.slice(Math.max(beforeFrom, verb.start - 20), verb.start),
    );
    // "Trump said Russia “can’t stand”": a subject right before the verb wins over a name after it.
    const adjacent =
      preceding !== undefined &&
      distance(context, preceding.end, verb.start) <= 1 &&
      !text.slice(preceding.end, verb.start).includes(",");
    const subject = afterComma && !adjacent ? (inverted ?? preceding) : (preceding ?? inverted);
    if (subject !== undefined) return make(subject);
    const phrase = phraseBefore(context, beforeFrom, verb);
    if (phrase !== null) return make(phrase);
  }
  // One or two quoted words with no speech verb in their sentence are a scare quote, not a statement.
  const inside = tokensBetween(context, quote.start, quote.end);
  const cued = tokensBetween(context, sentenceStart, sentenceEnd).some(
    (token) => isVerb(token) && !insideQuote(context, token.start),
  );
  if (inside.length <= 2 && !cued) return { mention: null, entity: null };
  // A quoted fragment: the subject of its clause, a person or an organisation, not after a preposition.
  const nonSubject = new Set((NON_SUBJECT_WORDS[language as SupportedLanguage] ?? []).map(foldAccents));
  const subject = candidates.find((mention) => {
    if (mention.kind === "name" && mention.entity?.type === "place") return false;
    if (isPossessive(text, mention)) return false;
    const previousWord = context.tokens.findLast((token) => token.end <= mention.start);
    return (
      previousWord === undefined || previousWord.end <= beforeFrom || !nonSubject.has(foldAccents(previousWord.normal))
    );
  });
  if (subject !== undefined) return make(subject);
  if (priorQuote !== undefined && previous !== null && previous.quote === priorQuote) return previous.attribution;
  // A quote standing alone: the speaker of the quote just before, in the same or the previous sentence.
  if (
    before.length === 0 &&
    previous !== null &&
    sentenceIndex(context, previous.quote.open) >= sentenceIndex(context, quote.open) - 1
  )
    return previous.attribution;
  return { mention: null, entity: null };
}
