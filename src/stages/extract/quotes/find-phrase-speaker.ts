import type { Entity } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { SPEAKER_PHRASE_STARTS, SPEAKER_PHRASE_STOPS } from "../../../language-data/speaker-phrase-words.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";
import { foldAccents } from "../../segment/index.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

/** What a phrase speaker needs from its article. */
export interface PhraseContext {
  text: string;
  tokens: readonly Token[];
  language: string;
  /** Persons named by a phrase no entity covers ("Mr. Clyburn" → Clyburn), shared across the story's articles. */
  unknownNames: Map<string, Entity>;
}

const wordSets = new Map<string, { starts: Set<string>; stops: Set<string>; titles: Set<string> }>();
function words(language: string) {
  let set = wordSets.get(language);
  if (set === undefined) {
    const lang = language as SupportedLanguage;
    set = {
      starts: new Set((SPEAKER_PHRASE_STARTS[lang] ?? []).map(foldAccents)),
      stops: new Set((SPEAKER_PHRASE_STOPS[lang] ?? []).map(foldAccents)),
      titles: new Set(
        Object.values(PERSON_TITLES).flatMap((titles) => titles.map((title) => title.replace(/\.$/, ""))),
      ),
    };
    wordSets.set(language, set);
  }
  return set;
}

const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/** Whether the text between two tokens of a phrase lets it go on: spaces, or the period of "Mr." or "E.". */
function joins(context: PhraseContext, left: Token, right: Token): boolean {
  const gap = context.text.slice(left.end, right.start);
  if (/^[\s\u00a0'’-]*$/.test(gap)) return true;
  return /^\.[\s\u00a0]+$/.test(gap) && (words(context.language).titles.has(left.text) || /^\p{Lu}$/u.test(left.text));
}

function mentionOf(context: PhraseContext, phrase: readonly Token[]): SpeakerMention | null {
  const { starts, titles } = words(context.language);
  while (phrase.length > 0 && !capitalised(phrase[0]!) && !starts.has(foldAccents(phrase[0]!.normal)))
    phrase = phrase.slice(1);
  if (phrase.length === 0 || phrase.every((token) => starts.has(foldAccents(token.normal)))) return null;
  const start = phrase[0]!.start;
  const end = phrase.at(-1)!.end;
  const text = context.text.slice(start, end);
  let entity: Entity | null = null;
  const nameTokens = phrase.filter((token) => !titles.has(token.text));
  if (phrase.every(capitalised) && nameTokens.length > 0 && nameTokens.length <= 4) {
    const name = context.text.slice(nameTokens[0]!.start, end);
    entity = context.unknownNames.get(name) ?? null;
    if (entity === null) {
      entity = { name, type: "person", variants: [name], articleIds: [], mentions: 0, evidence: [] };
      context.unknownNames.set(name, entity);
    }
  }
  return { kind: "phrase", start, end, text, entity, role: null };
}

/**
 * The speaker written after a speech verb or a source preposition: "said Mr. Clyburn, the…", "said an industry
 * lobbyist who…", "according to the survey"; or, without `verb`, the phrase starting at `from`.
 */
export function phraseAfter(context: PhraseContext, verb: Token, to: number): SpeakerMention | null {
  const { stops } = words(context.language);
  const phrase: Token[] = [];
  let last = verb;
  let skip = verb.normal === "according" ? 1 : 0;
  for (const token of context.tokens) {
    if (token.start < verb.end) continue;
    if (skip > 0 && token.normal === "to") {
      skip--;
      last = token;
      continue;
    }
    if (token.end > to || phrase.length >= 7 || !joins(context, last, token)) break;
    if (stops.has(foldAccents(token.normal)) && !capitalised(token)) break;
    phrase.push(token);
    last = token;
  }
  // "said the official" is English word order; elsewhere a common noun after the verb is its object.
  const opens = (token: Token): boolean =>
    capitalised(token) || (context.language === "en" && words(context.language).starts.has(token.normal));
  if (phrase.length === 0 || !opens(phrase[0]!)) return null;
  return mentionOf(context, phrase);
}

/** The speaker written just before a speech verb: "the report said", "Mr. Burton fumed", "her campaign said". */
export function phraseBefore(context: PhraseContext, from: number, verb: Token): SpeakerMention | null {
  const { stops } = words(context.language);
  const phrase: Token[] = [];
  let next = verb;
  for (let index = context.tokens.indexOf(verb) - 1; index >= 0; index--) {
    const token = context.tokens[index]!;
    if (token.start < from || phrase.length >= 4 || !joins(context, token, next)) break;
    if (stops.has(foldAccents(token.normal)) && !capitalised(token)) break;
    phrase.unshift(token);
    next = token;
  }
  return phrase.length === 0 ? null : mentionOf(context, phrase);
}
