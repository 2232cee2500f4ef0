import type { Token } from "../../../domain/text.js";
import {
  HEAD_CONJUNCTIONS,
  HEAD_LINKS as HEAD_LINK_WORDS,
  STRONG_PARTICLES as STRONG_PARTICLE_WORDS,
} from "../../../language-data/name-links.js";
import { NAME_PARTICLES, NAME_PREFIXES } from "../../../language-data/name-particles.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { foldAccents } from "../../segment/index.js";
import { isAwardWord } from "./award-word.js";
import { isFirstName } from "./first-names.js";
import { capitalRun } from "./name-context.js";
import { isOrganizationHead } from "./organization-head.js";
import type { StoryNames } from "./story-names.js";
import type { StoryVocabulary } from "./story-vocabulary.js";
import { isPeopleName, isTeamNickname, teamOfPlace } from "./team-of-place.js";

const STRONG_PARTICLES = new Set(STRONG_PARTICLE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES.map((particle) => particle.replace(/['’]$/, "")));
const PREFIXES = new Set(NAME_PREFIXES);
const HEAD_LINKS = new Set(HEAD_LINK_WORDS);
const CONJUNCTIONS = new Set(HEAD_CONJUNCTIONS);
/**
 * Strong particles only after another ("von der Leyen", "van den Berg"): right after a name they are German's genitive
 * article ("Berichten der Zeitung", "Präsident der Ukraine").
 */
const ARTICLES_AFTER_PARTICLE = new Set(["der", "den"]);
/** The particles those follow, capitalised too ("Alexander Van der Bellen"). */
const PARTICLES_BEFORE_ARTICLE = new Set(["von", "van"]);

/**
 * What lower-case links a name takes after token `last`, by the `head` it opens on: an institution's its complement's
 * ("Ministère de l'Europe et des Affaires étrangères"), a place's the same but no "and" ("pays de Galles", but "les
 * Pays-Bas et la France" are two places); with no head, a team's nickname its town's article ("Panthers de la
 * Floride"), anything else a person's particles ("Charles de Gaulle", "von der Leyen"). The index of the first token
 * after at most three links.
 */
export function linksAfter(tokens: readonly Token[], last: number, head: "institution" | "place" | null): number {
  const mode = head ?? (isTeamNickname(tokens[last]!.text) ? "team" : "person");
  let cursor = last + 1;
  while (cursor <= last + 3 && tokens[cursor] !== undefined && !tokens[cursor]!.capitalized) {
    const word = tokens[cursor]!.normal.replace(/['’]$/, "");
    const links =
      mode === "person"
        ? PARTICLES.has(word) || PREFIXES.has(word)
        : (HEAD_LINKS.has(word) || PARTICLES.has(word)) &&
          // A conjunction goes on inside an institution's complement ("de l'Europe et des Affaires étrangères"),
          // but right after its head's words it adds another name ("la Lega Araba e la Polizia").
          !(CONJUNCTIONS.has(word) && (mode !== "institution" || cursor === last + 1));
    if (!links) break;
    cursor++;
  }
  return cursor;
}

/**
 * Whether a given name and a surname start at token `cursor` ("Bashar Assad"): a person of their own after a particle,
 * which is then a preposition ("il Natale di Bashar Assad"; "bin Salman Al Saud" goes on through "Al").
 */
function opensFullName(tokens: readonly Token[], cursor: number): boolean {
  const next = tokens[cursor + 1];
  return (
    next?.capitalized === true &&
    next.start === tokens[cursor]!.end + 1 &&
    !STRONG_PARTICLES.has(next.normal) &&
    isFirstName(tokens[cursor]!.text)
  );
}

/** A name taking shape: tokens `first`..`last`, a particle after `last`, and the capitalised word at `cursor`. */
export interface ParticleJoin {
  first: number;
  last: number;
  cursor: number;
  /** The name opens on an organisation's or a place's head ("Alliance", "mer"). */
  headed: boolean;
  /** The folded written form of token `cursor`. */
  foldedRight: string;
  /** The article's language. */
  language: string;
}

/** Noble titles that a German particle follows in a person's name ("Claus Schenk Graf von Stauffenberg"). */
const NOBLE_TITLES = new Set(["graf", "grafin", "freiherr", "freifrau", "furst", "furstin", "prinz", "prinzessin"]);

/**
 * Whether a strong particle after token `last` may be a name's, in `language`: where nouns are capitalised, "von" and
 * "zu" after a noun are prepositions ("die Aktie von VW", "der Chef von Siemens"), so only a given name, a noble title
 * or a particle before them makes them a person's ("Otto von Bismarck", "Graf von Stauffenberg").
 */
function particleMayJoin(tokens: readonly Token[], last: number, language: string): boolean {
  if (!NOUN_CAPITALISING_LANGUAGES.has(language)) return true;
  const word = tokens[last]!;
  return (
    isFirstName(word.text) || NOBLE_TITLES.has(foldAccents(word.normal)) || PARTICLES_BEFORE_ARTICLE.has(word.normal)
  );
}

/**
 * Whether the name goes on through the particle to the word at `cursor`: a known name as a whole ("Côte d'Ivoire"),
 * a head's complement ("Alliance de l'Atlantique"), a strong particle ("von der Leyen"; not after a listed name, "la
 * Russia di Putin", or before a given name and a surname, see `opensFullName`), one unknown word and its
 * "de" ("Charles de Gaulle", not "Paris de Londres"), or a given name and one ("Marcelo Rebelo de Sousa"), or a team
 * and its town ("Rangers de New York").
 */
export function joinsAcrossParticle(
  tokens: readonly Token[],
  text: string,
  join: ParticleJoin,
  names: StoryNames,
  vocabulary: StoryVocabulary,
): boolean {
  const { last, cursor } = join;
  // The name proper, without a capitalised word that only opens the sentence ("En Côte d'Ivoire", "Dans Le Monde").
  let core = join.first;
  while (core < last && tokens[core]!.isStopword) core++;
  const particle = tokens[last + 1]!.normal.replace(/['’]$/, "");
  const leftText = text.slice(tokens[core]!.start, tokens[last]!.end);
  return (
    names.gazetteer(text.slice(tokens[core]!.start, tokens[cursor]!.end)) !== undefined ||
    join.headed ||
    (STRONG_PARTICLES.has(particle) &&
      particleMayJoin(tokens, last, join.language) &&
      // Before an institution's head or a prize the particle is an article ("Anunció el Ministerio de Defensa",
      // "Recibió el Premio Sajarov"): an Arabic name's "el" comes before a surname.
      !isOrganizationHead(join.foldedRight, join.language) &&
      !isAwardWord(join.foldedRight) &&
      (!ARTICLES_AFTER_PARTICLE.has(particle) || PARTICLES_BEFORE_ARTICLE.has(tokens[last]!.normal)) &&
      names.gazetteer(leftText) === undefined &&
      !opensFullName(tokens, cursor)) ||
    (["de", "du", "d"].includes(particle) &&
      // One unknown word ("Charles de Gaulle"), or a given name and one ("Marcelo Rebelo de Sousa").
      (last === core || (last === core + 1 && isFirstName(tokens[core]!.text) && !isFirstName(join.foldedRight))) &&
      !isPeopleName(leftText) &&
      names.gazetteer(tokens[cursor]!.text) === undefined &&
      names.gazetteer(leftText) === undefined &&
      !vocabulary.lowercase.has(join.foldedRight)) ||
    teamOfPlace(leftText, text.slice(tokens[last]!.end, tokens[cursor]!.start).trim(), capitalRun(tokens, text, cursor))
  );
}
