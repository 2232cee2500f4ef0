import type { Token } from "../../../domain/text.js";
import { GERMAN_PLACE_KINDS } from "../../../language-data/german-kind-nouns.js";
import { ADJACENT_NAME_HEADS, IDIOM_BEFORE_HEAD, LOWERCASE_NAME_HEADS } from "../../../language-data/name-heads.js";
import { HEAD_LINKS as HEAD_LINK_WORDS } from "../../../language-data/name-links.js";
import { NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { ORGANIZATION_HEADS } from "../../../language-data/organization-heads.js";
import { PLACE_HEADS } from "../../../language-data/place-heads.js";
import { PERSON_PRONOUNS } from "../../../language-data/pronouns.js";
import { HONORIFIC_WORDS, NOBLE_TITLE_WORDS } from "../../../language-data/title-kinds.js";
import { VERB_WORDS } from "../../../language-data/verb-words.js";
import type { CandidateWordSets } from "./candidate-word-sets.js";
import { isFirstName } from "./first-names.js";
import { isNameWord } from "./is-name-word.js";
import type { StoryNames } from "./story-names.js";
import { isInitialPosition } from "./story-vocabulary.js";
import { isBareTitle, titleAt } from "./title-at.js";
import { tokenAfter } from "./token-after.js";

const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
const PLACE_HEAD_SET = new Set(PLACE_HEADS);
const LOWERCASE_HEAD_SET = new Set(LOWERCASE_NAME_HEADS);
const ADJACENT_HEAD_SET = new Set(ADJACENT_NAME_HEADS);
const HEAD_LINKS = new Set(HEAD_LINK_WORDS);
const HONORIFICS = new Set(HONORIFIC_WORDS);
const NOBLE_TITLES = new Set(NOBLE_TITLE_WORDS);
/** Particles a surname may open on after a title ("M. de Villepin", "le général de Gaulle"): not articles ("du"). */
const OPENING_PARTICLES = new Set(
  NAME_PARTICLES.filter(
    (particle) => !["du", "des", "der", "den", "al", "el", "bin", "ben", "ibn", "abu"].includes(particle),
  ).flatMap((particle) => [particle, particle.replace(/['’]$/, "")]),
);
/**
 * Words after which a head is a verb, not a noun: finite verbs and auxiliaries, subject pronouns ("il est parti pour
 * l'Amérique", "elle place l'Europe"). Per language.
 */
const BEFORE_VERB = new Map(
  Object.entries(PERSON_PRONOUNS).map(([language, pronouns]) => [
    language,
    new Set([...pronouns, ...(VERB_WORDS[language] ?? [])]),
  ]),
);
/** Punctuation that no name runs across. */
const BREAKS_NAME = /[,;:.!?«»"“”()]/;

/** The capitalised words from token `index` on, joined by spaces or hyphens ("New York", "Tampa Bay"). */
export function capitalRun(tokens: readonly Token[], text: string, index: number): string {
  let last = index;
  while (tokens[last + 1]?.capitalized && /^[ -]$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return text.slice(tokens[index]!.start, tokens[last]!.end);
}

/**
 * What the words around a token of one article say about where a name starts: a lower-case head that belongs to
 * it ("mer Noire", "hôtel Président Wilson"), a title that is part of a place's name or of a surname ("place du
 * Général de Gaulle", "Martin Luther King"), a particle that opens a surname after a title ("le général de Gaulle").
 * `blocked`: the tokens of roles and titles, filled as the article is read.
 */
export class NameContext {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    readonly language: string,
    /** Each token's folded normal form. */
    private readonly normals: readonly string[],
    private readonly blocked: ReadonlySet<number>,
    private readonly names: StoryNames,
  ) {}

  /**
   * The index of the lower-case head written before token `first` that is part of its name ("mer Noire", "rue de
   * Lausanne", "hôtel Président Wilson"), across up to three link words (but for building heads, which take the
   * name right after them: "l'hôpital de Kharkiv" is in Kharkiv); -1 when there is none.
   */
  headBefore(first: number): number {
    const { tokens, normals } = this;
    let headFirst = first;
    while (
      headFirst > 0 &&
      first - headFirst < 3 &&
      tokens[headFirst - 1]!.sentence === tokens[first]!.sentence &&
      !tokens[headFirst - 1]!.capitalized &&
      HEAD_LINKS.has(tokens[headFirst - 1]!.normal)
    )
      headFirst--;
    const head = tokens[headFirst - 1];
    const headWord = head === undefined ? "" : normals[headFirst - 1]!;
    const isHead =
      head !== undefined &&
      head.sentence === tokens[first]!.sentence &&
      !head.capitalized &&
      !this.blocked.has(headFirst - 1) &&
      (LOWERCASE_HEAD_SET.has(headWord) || (ADJACENT_HEAD_SET.has(headWord) && headFirst === first)) &&
      !BREAKS_NAME.test(this.text.slice(head.end, tokens[first]!.start)) &&
      !this.afterVerb(headFirst - 1) &&
      !this.inIdiom(headFirst - 1);
    return isHead ? headFirst - 1 : -1;
  }

  /**
   * Whether the name at `first` follows a preposition of place ("à Varna", not "face à Bencic"), or a generic place
   * head and a link word in lower case ("la ville de Varna", "le district de Zoug", "the county of Kent": the head is
   * no part of the name, but says what it names).
   */
  placeCueBefore(first: number, words: Pick<CandidateWordSets, "placePrepositions" | "notPlaceBefore">): boolean {
    const { tokens, normals } = this;
    const before = tokens[first - 1];
    // "der Stadt Bachmut", "auf der Insel Rügen": a kind of place, written capitalised, then its name.
    if (
      before !== undefined &&
      NOUN_CAPITALISING_LANGUAGES.has(this.language) &&
      before.sentence === tokens[first]!.sentence &&
      GERMAN_PLACE_KINDS.has(normals[first - 1]!)
    )
      return true;
    // A capitalised word only counts as the sentence's opener ("En Seine-Saint-Denis, …").
    if (before === undefined || (before.capitalized && !isInitialPosition(tokens, first - 1, this.text))) return false;
    if (words.placePrepositions.has(before.normal))
      return !words.notPlaceBefore.has(tokens[first - 2]?.normal ?? "") && !this.dativePlural(first);
    const head = tokens[first - 2];
    return (
      head !== undefined &&
      head.sentence === tokens[first]!.sentence &&
      !head.capitalized &&
      HEAD_LINKS.has(before.normal) &&
      PLACE_HEAD_SET.has(normals[first - 2]!) &&
      !ORGANIZATION_HEAD_SET.has(normals[first - 2]!) &&
      // "comte" folds "comté" (county) and "comte" (count): "le comte de Metternich" is a person.
      !NOBLE_TITLES.has(normals[first - 2]!) &&
      !this.inIdiom(first - 2) &&
      !BREAKS_NAME.test(this.text.slice(head.end, tokens[first]!.start))
    );
  }

  /**
   * Whether the word at `index`, where every noun is capitalised, is one unlisted word ending as a dative plural does
   * ("bei Angriffen", "in Gesprächen", "nach Verhandlungen"): a preposition before it says no place. Towns ending so
   * ("in Bremen", "nach Dresden") are listed.
   */
  private dativePlural(index: number): boolean {
    const token = this.tokens[index]!;
    const next = this.tokens[index + 1];
    return (
      NOUN_CAPITALISING_LANGUAGES.has(this.language) &&
      token.text.endsWith("en") &&
      !(next?.capitalized && next.start - token.end === 1) &&
      this.names.gazetteer(token.text) === undefined &&
      this.names.town(token.text) === undefined
    );
  }

  /** Whether the head word at `index` closes an idiom ("à la place de", "sur place"): see `IDIOM_BEFORE_HEAD`. */
  private inIdiom(index: number): boolean {
    const idioms = IDIOM_BEFORE_HEAD[this.normals[index]!];
    return (
      idioms?.some((words) =>
        words.every((word, k) => {
          const at = index - words.length + k;
          return at >= 0 && this.normals[at] === word && this.tokens[at]!.sentence === this.tokens[index]!.sentence;
        }),
      ) === true
    );
  }

  /** Whether the word at `index` follows a verb or a subject pronoun, and so is a verb itself ("est parti"). */
  private afterVerb(index: number): boolean {
    const before = this.tokens[index - 1];
    return (
      before !== undefined &&
      before.sentence === this.tokens[index]!.sentence &&
      BEFORE_VERB.get(this.language)?.has(before.normal) === true
    );
  }

  /**
   * Whether the title or function at `index` follows the head of a place, and so is part of the place's name ("place
   * du Général de Gaulle", "hôtel Président Wilson", "the Hotel President Wilson"): ranks and functions, not
   * honorifics ("M.", "Mme"), and the heads of places only ("le parti de Mme Le Pen" is no party named after her). A
   * head written with a capital counts when it opens the name, right before the title.
   */
  followsPlaceHead(index: number): boolean {
    if (HONORIFICS.has(this.normals[index]!)) return false;
    const { tokens, normals, text } = this;
    const capitalRight = (at: number): boolean =>
      tokens[at]?.capitalized === true && tokenAfter(tokens, text, at) !== undefined;
    // The head opens the name: "Plaza Hotel Senator Warren" is a hotel, then a senator.
    const capitalHead =
      capitalRight(index - 1) && !this.blocked.has(index - 1) && !capitalRight(index - 2) ? index - 1 : -1;
    const head = capitalHead >= 0 ? capitalHead : this.headBefore(index);
    return head >= 0 && PLACE_HEAD_SET.has(normals[head]!) && !ORGANIZATION_HEAD_SET.has(normals[head]!);
  }

  /**
   * Whether the title word at `index` is inside a run of capitalised words that opens on a given name, and so is a
   * surname: "Martin Luther King", "Stephen King", "Bruno Le Maire".
   */
  insideGivenName(index: number): boolean {
    const { tokens } = this;
    let cursor = index;
    while (
      cursor > 0 &&
      index - cursor < 3 &&
      tokens[cursor - 1]!.sentence === tokens[index]!.sentence &&
      isNameWord(tokens[cursor - 1], this.blocked, cursor - 1) &&
      this.text.slice(tokens[cursor - 1]!.end, tokens[cursor]!.start) === " "
    )
      cursor--;
    return cursor < index && isFirstName(tokens[cursor]!.text);
  }

  /**
   * Whether a name opens on the particle at `index`, after a title: "le général de Gaulle", "M. de Villepin". Not
   * after a noble's title ("le prince de Monaco"), nor before a given name, an article or a known place ("le
   * commandant de Strasbourg"). `nameWordAt`: whether a token may be a word of a name.
   */
  opensOnParticle(index: number, nameWordAt: (index: number) => boolean): boolean {
    const { tokens, text } = this;
    const particle = tokens[index]!;
    const next = tokens[index + 1];
    // Cheapest tests first: "de" is among the commonest words, and is rarely followed by a capitalised one.
    return (
      !particle.capitalized &&
      OPENING_PARTICLES.has(particle.normal) &&
      next !== undefined &&
      nameWordAt(index + 1) &&
      next.sentence === particle.sentence &&
      index > 0 &&
      tokens[index - 1]!.sentence === particle.sentence &&
      !next.isStopword &&
      (titleAt(tokens, index - 1, text, this.language) !== null || this.bareTitleAt(index - 1)) &&
      !NOBLE_TITLES.has(this.normals[index - 1]!) &&
      !isFirstName(next.text) &&
      /^[ \u00a0]?$/.test(text.slice(particle.end, next.start)) &&
      this.names.gazetteer(capitalRun(tokens, text, index + 1)) === undefined
    );
  }

  /**
   * A title written in lower case ("le général"), opening its sentence or after a determiner: "le directeur général
   * de Santé publique France" has none.
   */
  private bareTitleAt(index: number): boolean {
    const { tokens } = this;
    return (
      isBareTitle(tokens[index]!.text, this.language) &&
      (index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence || tokens[index - 1]!.isStopword)
    );
  }
}
