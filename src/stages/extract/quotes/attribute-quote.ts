import type { Entity } from "../../../domain/story.js";
import type { Sentence, Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NON_SUBJECT_WORDS } from "../../../language-data/prepositions.js";
import { REPORTING_VERBS, SOURCE_PREPOSITIONS } from "../../../language-data/reporting-verbs.js";
import { foldAccents } from "../../segment/index.js";
import type { QuotedSpan } from "./find-quoted-spans.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

/** One article, ready for attributing its quotes. */
export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  language: string;
  quotes: readonly QuotedSpan[];
  mentions: readonly SpeakerMention[];
  /** Entity a role stands for across the story ("secretaire|amer" → Antony Blinken). */
  roles: ReadonlyMap<string, Entity>;
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
  if (mention.entity !== null) return mention.entity;
  const here = sentenceIndex(context, mention.start);
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
  if (mention.kind === "pronoun" && previous !== null && sentenceIndex(context, previous.quote.open) >= here - 1)
    return previous.attribution.entity;
  for (const other of earlier) {
    if (other.kind === "pronoun" || other.kind === "demonstrative") continue;
    if (other.kind === "role") {
      const entity = resolve(context, other, null);
      if (entity === null && mention.kind === "pronoun") return null;
      if (entity !== null) return entity;
      continue;
    }
    if (other.entity !== null && other.entity.type === "person") return other.entity;
  }
  return null;
}

function tokensBetween(context: AttributionContext, from: number, to: number): Token[] {
  return context.tokens.filter((token) => token.start >= from && token.end <= to);
}

function speakerCandidates(context: AttributionContext, from: number, to: number): SpeakerMention[] {
  return context.mentions.filter(
    (mention) => mention.start >= from && mention.end <= to && !insideQuote(context, mention.start),
  );
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
  const afterTo = nextQuote?.open ?? sentenceEnd;
  const make = (mention: SpeakerMention): Attribution => ({ mention, entity: resolve(context, mention, previous) });
  const isVerb = (token: Token): boolean => verbSet.has(foldAccents(token.normal));

  // After: "», a déclaré X" / "», a-t-il ajouté" / "," X said".
  const after = tokensBetween(context, quote.close, afterTo).slice(0, 6);
  const verbIndex = after.findIndex(isVerb);
  if (verbIndex >= 0 && verbIndex <= 4 && !/[.!?]/.test(text.slice(quote.close, after[verbIndex]!.start))) {
    const verb = after[verbIndex]!;
    const between = speakerCandidates(context, quote.close, verb.start);
    if (between.length > 0) return make(between.at(-1)!);
    const following = speakerCandidates(context, verb.end, afterTo).find(
      (mention) => distance(context, verb.end, mention.start) <= 3,
    );
    if (following !== undefined) return make(following);
  }
  const before = tokensBetween(context, beforeFrom, quote.open);
  const candidates = speakerCandidates(context, beforeFrom, quote.open);
  // "selon X", "according to X".
  const sources = (SOURCE_PREPOSITIONS[language as SupportedLanguage] ?? []).map(
    (phrase) =>
      foldAccents(phrase)
        .split(/[\s'’]+/)
        .at(-1)!,
  );
  for (let index = before.length - 1; index >= 0; index--) {
    if (!sources.includes(foldAccents(before[index]!.normal))) continue;
    const source = candidates.find(
      (mention) => mention.start >= before[index]!.end && distance(context, before[index]!.end, mention.start) <= 1,
    );
    if (source !== undefined) return make(source);
  }
  // Before: "X a affirmé que «", "a déclaré le chef de la diplomatie russe … «": the closest verb with a subject.
  for (const verb of before.filter(isVerb).reverse()) {
    const preceding = candidates
      .filter((mention) => mention.end <= verb.start && distance(context, mention.end, verb.start) <= 4)
      .at(-1);
    const inverted = candidates.find(
      (mention) => mention.start >= verb.end && distance(context, verb.end, mention.start) <= 2,
    );
    const afterComma = /,\s*(?:[\p{L}’']+[\s-]+){0,3}$/u.test(
      text.slice(Math.max(beforeFrom, verb.start - 20), verb.start),
    );
    const subject = afterComma ? (inverted ?? preceding) : (preceding ?? inverted);
    if (subject !== undefined) return make(subject);
  }
  // A quoted fragment: the subject of its clause, a person or an organisation, not after a preposition.
  const nonSubject = new Set((NON_SUBJECT_WORDS[language as SupportedLanguage] ?? []).map(foldAccents));
  const subject = candidates.find((mention) => {
    if (mention.kind === "name" && mention.entity?.type === "place") return false;
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
