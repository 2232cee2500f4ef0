import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { EntityType } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { REPORTING_VERBS } from "../../../language-data/reporting-verbs.js";
import { foldAccents, wordSetsByLanguage } from "../../segment/index.js";
import { isGermanAbstractNoun } from "./abstract-noun.js";
import { acronymAfter } from "./acronym-after.js";
import { followsDefiniteArticle } from "./article-before.js";
import type { Candidate } from "./candidate.js";
import { isCapitalisedNounPhrase } from "./capitalised-noun-phrase.js";
import { hasCommonWordInside } from "./common-word-inside.js";
import { isCountNounPhrase } from "./count-noun-phrase.js";
import { findCandidates } from "./find-candidates.js";
import { findRoles, type RoleMatch } from "./find-roles.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { groupNames } from "./group-names.js";
import { germanPlaceAdjective } from "./inflected-name.js";
import { longSPlace } from "./long-s-place.js";
import { isMixedCaseHeading, isNameInCapitals } from "./name-in-capitals.js";
import { isNounBeforeGenitive } from "./noun-before-genitive.js";
import { resultEntries } from "./result-entries.js";
import { type RoleSpan, roleSpanOf } from "./role-span.js";
import { shareListTypes } from "./share-list-types.js";
import { StoryNames } from "./story-names.js";
import { collectVocabulary, type StoryVocabulary } from "./story-vocabulary.js";
import { titleCaseSentences, withoutTitleCase } from "./title-case.js";
import { isTitleCaseAcronym } from "./title-case-acronym.js";
import { resolveTitledSurnames } from "./titled-surnames.js";
import { foldedNormals } from "./token-folds.js";
import { isCuratedName } from "./town-entries.js";
import { STRONG_CUE, type TypeVotes, voteType } from "./type-votes.js";

/** Languages whose press puts no article before a person's name, even a lone surname (Italian writes "la Meloni"). */
const ARTICLE_BEFORE_INSTITUTION: ReadonlySet<string> = new Set(["fr", "es"]);
/** Spanish articles that are also Arabic names' particles ("Al Mahdi se declaró culpable", "el Gadafi"). */
const ARABIC_PARTICLES: ReadonlySet<string> = new Set(["el", "al", "del"]);

/** One mention of a named entity, typed and tied to the other mentions of the same entity. */
export interface RecognizedMention {
  articleId: ArticleId;
  /** Index of its article in the input. */
  document: number;
  start: number;
  end: number;
  /** `text.slice(start, end)`, honorific included ("M. Lavrov"). */
  text: string;
  /**
   * The name without honorific ("Lavrov"); for a titled surname given to the one person of the story bearing it, that
   * person's full name ("M. Hollande": "François Hollande", see `resolveTitledSurnames`).
   */
  name: string;
  type: EntityType;
  /** False when the group's only evidence is a lone word starting a sentence (see `Candidate.confirmed`). */
  confirmed: boolean;
  /** Mentions with the same `group` name the same entity. */
  group: number;
  /** The function written before it, if any ("ministre russe" → head "ministre", adjectives ["russ"]). */
  role: RoleMatch | null;
  /** The function written before it or in apposition after it, as the article writes it. */
  roleSpan: RoleSpan | null;
}

interface Pending {
  document: number;
  candidate: Candidate;
  start: number;
  end: number;
  name: string;
  gazetteer: GazetteerEntry | undefined;
  votes: TypeVotes;
  town: boolean;
  acronym: string | undefined;
  /** A listed place of one word right after a French article ("la Hollande"): the place, whoever bears its name. */
  articleBefore: boolean;
  roleSpan: RoleSpan | null;
}

const reportingVerbs = wordSetsByLanguage(REPORTING_VERBS, { fallback: "en", fold: true });

/** Whether a reporting verb stands right before the mention or within two words after it ("X a déclaré", "said X"). */
function speaks(
  tokens: readonly Token[],
  normals: readonly string[],
  candidate: Candidate,
  verbs: ReadonlySet<string>,
): boolean {
  // The first token starting at or after the mention's end (-1 when none does, which then looks at token 0).
  let after = candidate.lastToken + 1;
  while (after < tokens.length && tokens[after]!.start < candidate.end) after++;
  if (after === tokens.length) after = -1;
  const before = after < 0 ? tokens.length - 1 : after - 1;
  return (
    isVerbAt(tokens, normals, after, candidate.sentence, verbs) ||
    isVerbAt(tokens, normals, after + 1, candidate.sentence, verbs) ||
    isVerbAt(tokens, normals, before - candidate.words, candidate.sentence, verbs)
  );
}

/** Whether token `index` is a reporting verb of sentence `sentence`. */
function isVerbAt(
  tokens: readonly Token[],
  normals: readonly string[],
  index: number,
  sentence: number,
  verbs: ReadonlySet<string>,
): boolean {
  const token = tokens[index];
  return token !== undefined && token.sentence === sentence && verbs.has(normals[index]!);
}

const HAS_LOWERCASE = /\p{Ll}/u;

function keepCandidate(
  candidate: Candidate,
  gazetteer: GazetteerEntry | undefined,
  vocabulary: StoryVocabulary,
  names: StoryNames,
): boolean {
  if (isCuratedName(gazetteer)) return true;
  // Roman numerals ("II", "XIV") and headlines in capitals ("FAITS DIVERS", "NOUVELLES ÉTRANGÈRES") name nothing.
  if (/^[IVXLC]+$/.test(candidate.name)) return false;
  if (!HAS_LOWERCASE.test(candidate.name) && (candidate.words > 1 || candidate.name.length > 6))
    return isNameInCapitals(candidate, vocabulary);
  if (isMixedCaseHeading(candidate, (word) => names.gazetteer(word) !== undefined)) return false;
  // A lone head word is a common noun ("le Conseil a décidé", "la Commission").
  if (candidate.words === 1 && (candidate.cues.organizationHead || candidate.cues.placeHead)) return false;
  if (candidate.cues.title || candidate.cues.role !== null || candidate.words > 1) return true;
  // A lone capitalised word the story also writes in lower case is a common noun ("la Réponse américaine"), and so
  // is one in capitals: a heading or a small ad ("PRIX", "A LOUER"), not an acronym. Listed acronyms were kept above.
  return !vocabulary.lowercase.has(candidate.foldedWord ?? foldAccents(candidate.name));
}

/** Words joined by hyphens, and nothing else ("Biden-Poutine"). */
const HYPHENATED = /^[^\s-]+(?:-[^\s-]+)+$/u;

/** Splits "Biden-Poutine" into two mentions when each part is a surname the story knows. */
function splitCompounds(pending: Pending[]): Pending[] {
  const surnames = new Set<string>();
  for (const item of pending) {
    if (item.candidate.words >= 2 && item.gazetteer === undefined && !item.name.includes("-")) {
      surnames.add(foldAccents(item.name.split(/\s+/).pop()!));
    }
  }
  const split: Pending[] = [];
  for (const item of pending) {
    const parts = item.gazetteer === undefined && HYPHENATED.test(item.name) ? item.name.split("-") : undefined;
    if (parts === undefined || !parts.every((part) => surnames.has(foldAccents(part)))) {
      split.push(item);
      continue;
    }
    let offset = item.end - item.name.length;
    for (const part of parts) {
      const start = offset;
      offset += part.length + 1;
      split.push({ ...item, start, end: start + part.length, name: part, candidate: { ...item.candidate, words: 1 } });
    }
  }
  return split;
}

/**
 * What the story says about its words, and each article's tokens as findCandidates should read them: in a headline
 * in title case, a word is capitalised only if the story writes it so elsewhere or the gazetteer knows it.
 */
function storyVocabulary(
  docs: readonly AnalyzedArticle[],
  names: StoryNames,
): { vocabulary: StoryVocabulary; tokens: (readonly Token[])[] } {
  const documents = docs.map((doc) => ({ text: doc.segmented.text, tokens: doc.segmented.tokens }));
  let vocabulary = collectVocabulary(documents);
  const sentences = docs.map((doc) =>
    titleCaseSentences(doc.segmented.tokens, doc.segmented.text, vocabulary.lowercase),
  );
  if (sentences.every((found) => found.size === 0)) return { vocabulary, tokens: documents.map((doc) => doc.tokens) };
  vocabulary = collectVocabulary(documents.map((doc, k) => ({ ...doc, titleCase: sentences[k]! })));
  const { capitalizedInside } = vocabulary;
  const isKnownName = (folded: string, token: Token): boolean =>
    capitalizedInside.has(folded) || names.gazetteer(token.text) !== undefined;
  return {
    vocabulary,
    tokens: documents.map((doc, k) => withoutTitleCase(doc.tokens, sentences[k]!, isKnownName)),
  };
}

/**
 * Named mentions of people, places and organisations in a story's articles, typed by the cues around every
 * mention of the same entity across the story, and grouped so variants of one name share a `group`.
 */
export function recognizeMentions(docs: readonly AnalyzedArticle[]): RecognizedMention[] {
  const names = new StoryNames();
  const story = storyVocabulary(docs, names);
  const { vocabulary } = story;
  let pending: Pending[] = [];
  docs.forEach((doc, document) => {
    const { text, language } = doc.segmented;
    const tokens = story.tokens[document]!;
    const roles = findRoles(tokens, language);
    const normals = foldedNormals(tokens);
    const verbs = reportingVerbs(language);
    const candidates = findCandidates(text, tokens, language, roles, vocabulary, names);
    // "1. Olano (Esp)": a results line says who is a person and which code a country, at a line's start too.
    const results = resultEntries(candidates, text);
    const kept: Pending[] = [];
    for (const found of candidates) {
      const country = results.countries.get(found);
      const inResults = country !== undefined || results.people.has(found);
      const candidate = inResults ? { ...found, confirmed: true } : found;
      const entry = country ?? candidate.gazetteer ?? longSPlace(candidate, language, names);
      if (
        !keepCandidate(candidate, entry, vocabulary, names) ||
        isNounBeforeGenitive(tokens, candidate, language) ||
        isGermanAbstractNoun(candidate, entry, language) ||
        isCountNounPhrase(tokens, normals, candidate, language)
      )
        continue;
      // A town only GeoNames lists casts no vote: it types the name's entity when nothing else does (`groupNames`).
      const gazetteer = isCuratedName(entry) ? entry : undefined;
      // Where every noun is capitalised, one unlisted word or a noun phrase beside a verb of speech is as often its
      // object ("kündigte Gespräche an") or a common noun ("die CDU-Fraktion kritisierte") as its speaker. French and
      // Spanish put no article before a person's name: one unlisted word after one that speaks is an institution
      // named by its seat ("la Moncloa dijo", "la Zarzuela indicó"), unless the article is an Arabic name's particle.
      const nounPhrase = isCapitalisedNounPhrase(tokens, text, normals, candidate, language);
      const bareNoun =
        gazetteer === undefined &&
        ((NOUN_CAPITALISING_LANGUAGES.has(language) && (candidate.words === 1 || nounPhrase)) ||
          (candidate.words === 1 &&
            ARTICLE_BEFORE_INSTITUTION.has(language) &&
            !ARABIC_PARTICLES.has(normals[candidate.lastToken - 1] ?? "") &&
            followsDefiniteArticle(tokens, text, normals, candidate, language)));
      const votes = voteType(
        candidate,
        gazetteer,
        !bareNoun && speaks(tokens, normals, candidate, verbs),
        names.shape(candidate.name),
        // No prior of several words for a person: a common word inside, an article before ("le Moulin-Rouge"),
        // a place's adjective opening it ("Genfer Treffen"; "Münchner Polizei" has its head), or a town or a region
        // only GeoNames or the world's subdivisions list, which no other cue then outvotes ("Banská Bystrica").
        candidate.words > 1 &&
          (entry?.minor === true ||
            hasCommonWordInside(tokens, normals, candidate, vocabulary.lowercase, language) ||
            followsDefiniteArticle(tokens, text, normals, candidate, language) ||
            nounPhrase ||
            germanPlaceAdjective(candidate.name.slice(0, candidate.name.indexOf(" ")), language, names) !== undefined),
      );
      if (results.people.has(found)) votes.person += STRONG_CUE;
      if (isTitleCaseAcronym(candidate.name, language)) votes.organization += STRONG_CUE;
      kept.push({
        document,
        candidate,
        start: candidate.start,
        end: candidate.end,
        name: candidate.name,
        gazetteer,
        votes,
        town: entry?.minor === true,
        acronym: acronymAfter(text, candidate.end),
        articleBefore:
          candidate.words === 1 &&
          gazetteer?.type === "place" &&
          language === "fr" &&
          followsDefiniteArticle(tokens, text, normals, candidate, language),
        roleSpan: roleSpanOf(candidate, tokens, text, roles, language),
      });
    }
    shareListTypes(kept, text, language);
    pending.push(...kept);
  });
  resolveTitledSurnames(pending, (name) => names.key(name));
  pending = splitCompounds(pending);
  const { groupOf, types } = groupNames(pending, (name) => names.key(name));
  const confirmedGroups = new Set(groupOf.filter((_, index) => pending[index]!.candidate.confirmed));
  return pending.map((item, index) => {
    const doc = docs[item.document]!;
    const group = groupOf[index]!;
    return {
      articleId: doc.article.id,
      document: item.document,
      start: item.start,
      end: item.end,
      // The candidate's own text, unless the mention is part of a split compound.
      text:
        item.start === item.candidate.start && item.end === item.candidate.end
          ? item.candidate.text
          : doc.segmented.text.slice(item.start, item.end),
      name: item.name,
      type: types[group]!,
      confirmed: confirmedGroups.has(group),
      group,
      role: item.candidate.cues.role,
      // A compound split in parts ("Sando & de Kimito") keeps its role on the part beside it.
      roleSpan:
        item.roleSpan === null ||
        (item.roleSpan.after ? item.end === item.candidate.end : item.start === item.candidate.start)
          ? item.roleSpan
          : null,
    };
  });
}
