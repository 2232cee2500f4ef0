import type { Entity } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { CLAUSE_OPENING_WORDS, NON_SUBJECT_WORDS } from "../../../language-data/prepositions.js";
import { FIRST_PERSON_SUBJECTS } from "../../../language-data/pronouns.js";
import { SPEAKER_PHRASE_STARTS, SPEAKER_PHRASE_STOPS } from "../../../language-data/speaker-phrase-words.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";
import { foldAccents } from "../../segment/index.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";
import { firstTokenFrom } from "./tokens-within.js";

/** What a phrase speaker needs from its article. */
export interface PhraseContext {
  text: string;
  tokens: readonly Token[];
  /** `foldAccents(token.normal)` of each token. */
  normals: readonly string[];
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

const prepositionSets = new Map<string, Set<string>>();
/** Whether a folded word is a preposition (`NON_SUBJECT_WORDS` less the words that open a clause: "and", "that"). */
function isPreposition(language: string, word: string): boolean {
  let set = prepositionSets.get(language);
  if (set === undefined) {
    const lang = language as SupportedLanguage;
    const clauses = new Set(CLAUSE_OPENING_WORDS[lang] ?? []);
    set = new Set((NON_SUBJECT_WORDS[lang] ?? []).filter((word) => !clauses.has(word)).map(foldAccents));
    prepositionSets.set(language, set);
  }
  return set.has(word);
}

const STARTS_UPPERCASE = /^\p{Lu}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const capitalised = (token: Token): boolean => STARTS_UPPERCASE.test(token.text);

/**
 * Whether the text between two tokens of a phrase lets it go on: spaces, the period of "Mr." or "E.", or an English
 * possessive ("Donald Trump's son", whose "'s" is no token).
 */
function joins(context: PhraseContext, left: Token, right: Token): boolean {
  const gap = context.text.slice(left.end, right.start);
  if (/^[\s\u00a0'’-]*$/.test(gap)) return true;
  if (context.language === "en" && /^['’]s[\s\u00a0]+$/.test(gap) && capitalised(left)) return true;
  return (
    /^\.[\s\u00a0]+$/.test(gap) && (words(context.language).titles.has(left.text) || SINGLE_CAPITAL.test(left.text))
  );
}

/** The mention a phrase makes (its tokens by index), once the lower-case words opening it are dropped. */
function mentionOf(context: PhraseContext, phrase: readonly number[]): SpeakerMention | null {
  const { starts, titles } = words(context.language);
  const { tokens, normals } = context;
  let opening = 0;
  while (opening < phrase.length && !capitalised(tokens[phrase[opening]!]!) && !starts.has(normals[phrase[opening]!]!))
    opening++;
  const kept = phrase.slice(opening).map((index) => tokens[index]!);
  if (kept.length === 0 || phrase.slice(opening).every((index) => starts.has(normals[index]!))) return null;
  // A function word capitalised at its sentence's start is no one ("Según dijo", "Y agregó"): the subject is unsaid.
  // The writer is one ("I argued that…").
  const firstPerson = FIRST_PERSON_SUBJECTS[context.language] ?? [];
  if (kept.every((token) => token.isStopword && !firstPerson.includes(token.normal))) return null;
  const start = kept[0]!.start;
  const end = kept.at(-1)!.end;
  const text = context.text.slice(start, end);
  let entity: Entity | null = null;
  const nameTokens = kept.filter((token) => !titles.has(token.text));
  if (kept.every(capitalised) && nameTokens.length > 0 && nameTokens.length <= 4) {
    const name = context.text.slice(nameTokens[0]!.start, end);
    entity = context.unknownNames.get(name) ?? null;
    if (entity === null) {
      entity = { name, type: "person", variants: [name], articleIds: [], mentions: 0, evidence: [], roles: [] };
      context.unknownNames.set(name, entity);
    }
  }
  return { kind: "phrase", start, end, text, entity, role: null };
}

/**
 * The speaker written after a speech verb or a source preposition (token `verb`): "said Mr. Clyburn, the…", "said
 * an industry lobbyist who…", "according to the survey".
 */
export function phraseAfter(context: PhraseContext, verb: number, to: number): SpeakerMention | null {
  const { stops } = words(context.language);
  const { tokens, normals } = context;
  const phrase: number[] = [];
  let last = tokens[verb]!;
  const verbEnd = last.end;
  let skip = last.normal === "according" ? 1 : 0;
  for (let index = firstTokenFrom(tokens, verbEnd); index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.start < verbEnd) continue;
    if (skip > 0 && token.normal === "to") {
      skip--;
      last = token;
      continue;
    }
    if (token.end > to || phrase.length >= 7 || !joins(context, last, token)) break;
    if (stops.has(normals[index]!) && !capitalised(token)) break;
    phrase.push(index);
    last = token;
  }
  // "said the official" is English word order; elsewhere a common noun after the verb is its object.
  if (phrase.length === 0) return null;
  const opening = tokens[phrase[0]!]!;
  if (!capitalised(opening) && !(context.language === "en" && words(context.language).starts.has(opening.normal)))
    return null;
  return mentionOf(context, phrase);
}

/** The speaker written just before a speech verb (token `verb`): "the report said", "Mr. Burton fumed", "her campaign said". */
export function phraseBefore(context: PhraseContext, from: number, verb: number): SpeakerMention | null {
  const { stops } = words(context.language);
  const { tokens, normals } = context;
  const phrase: number[] = [];
  let next = tokens[verb]!;
  let stop = -1;
  for (let index = verb - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.start < from || phrase.length >= 4 || !joins(context, token, next)) break;
    if (stops.has(normals[index]!) && !capitalised(token)) {
      stop = index;
      break;
    }
    phrase.unshift(index);
    next = token;
  }
  if (phrase.length === 0) return null;
  // "…and, in a low voice said": a common noun after a preposition is an adjunct of the verb, not who speaks.
  if (stop >= 0 && !capitalised(tokens[phrase[0]!]!) && isPreposition(context.language, normals[stop]!)) return null;
  // Nor is a phrase a preposition opens, capitalised at the start of its sentence ("Su Facebook scrive:", "En Facebook
  // escribe:"): it says where, the subject left unsaid.
  if (isPreposition(context.language, normals[phrase[0]!]!)) return null;
  return mentionOf(context, phrase);
}
