import type { Token } from "../../../domain/text.js";
import { PLURAL_ARTICLES as PLURAL_ARTICLE_WORDS } from "../../../language-data/name-links.js";
import { ORGANIZATION_HEADS } from "../../../language-data/organization-heads.js";
import { PLACE_HEADS } from "../../../language-data/place-heads.js";
import { isStopwordAsWritten } from "../../segment/index.js";
import { acronymBeforePerson } from "./acronym-before-person.js";
import { blockCommonWords } from "./block-common-words.js";
import { blockRoles } from "./block-roles.js";
import { calendarAt } from "./calendar-words.js";
import type { Candidate } from "./candidate.js";
import { candidateWordSets } from "./candidate-word-sets.js";
import { caseBreak } from "./case-break.js";
import { abbreviationCandidate, dottedAbbreviationAt } from "./dotted-abbreviation.js";
import { isEdgeStopword } from "./edge-stopword.js";
import { extendName, extensionKind, qualifiedPlaceKind } from "./extend-name.js";
import type { RoleMatch } from "./find-roles.js";
import { isFirstName } from "./first-names.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { givenNameSyllableEnd, HYPHEN, HYPHEN_LINKED_PLACE, hyphenLinkEnd } from "./hyphen-links.js";
import { gazetteerOfInflected, isTitleComplement } from "./inflected-name.js";
import { afterInitials, isRegnalNumeral } from "./initials.js";
import { isNameWord } from "./is-name-word.js";
import { joinsAcrossParticle, linksAfter } from "./joins-across-particle.js";
import { joinsName } from "./joins-name.js";
import { knownLowerEnd, knownNameEnd } from "./known-name-end.js";
import { listedAsWritten } from "./listed-as-written.js";
import { capitalRun, NameContext } from "./name-context.js";
import { isNounAfterDeterminer } from "./noun-after-determiner.js";
import { nounEndsName } from "./noun-ends-name.js";
import { organizationGoesOn } from "./organization-goes-on.js";
import { hasOrganizationHead, isOrganizationFinalHead } from "./organization-head.js";
import { placeNounAfter } from "./place-noun-after.js";
import { StoryNames } from "./story-names.js";
import { isInitialPosition, type StoryVocabulary } from "./story-vocabulary.js";
import { titleAt, titleBefore } from "./title-at.js";
import { titleOpensName as titleOpensNameAt } from "./title-opens-name.js";
import { foldedNormals, writtenFolds } from "./token-folds.js";
import { isWellKnownPerson } from "./well-known-person.js";
import { isOneWord, isWordBeforePerson, passRole } from "./word-before-person.js";

const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
const PLACE_HEAD_SET = new Set(PLACE_HEADS);
const PLURAL_ARTICLES = new Set(PLURAL_ARTICLE_WORDS);
/** A plural word ("Occidentaux", "Ukrainiens"): after a plural article, a group of people. */
const ENDS_PLURAL = /\p{Ll}[sx]$/u;

/**
 * Capitalised sequences of one article: names joined by spaces, hyphens and name particles ("Sergueï Lavrov",
 * "Ursula von der Leyen", "Alliance de l'Atlantique Nord"), with the cues around them. Sentence-initial common
 * words are left out unless the story writes them capitalised elsewhere.
 */
export function findCandidates(
  text: string,
  tokens: readonly Token[],
  language: string,
  roles: readonly RoleMatch[],
  vocabulary: StoryVocabulary,
  names: StoryNames = new StoryNames(),
): Candidate[] {
  const blocked = new Set<number>();
  const normals = foldedNormals(tokens);
  const folded = writtenFolds(tokens);
  // The gazetteer is asked about the same stretch of text several times over while a candidate takes shape (German's and
  // Romanian's inflected places as listed: "Russlands", "Rusiei").
  let asked = { from: -1, to: -1, entry: undefined as GazetteerEntry | undefined };
  const gazetteerOf = (from: number, to: number): GazetteerEntry | undefined => {
    if (asked.from !== from || asked.to !== to)
      asked = { from, to, entry: gazetteerOfInflected(text.slice(from, to), language, names) };
    return asked.entry;
  };
  const { roleTitleWords, sentenceOpeners, personArticles, ...placeWords } = candidateWordSets(language);
  const context = new NameContext(tokens, text, language, normals, blocked, names);
  const roleBefore = blockRoles(tokens, text, roles, context, roleTitleWords, folded, blocked);
  blockCommonWords(tokens, language, blocked);
  const isCalendar = calendarAt(tokens, text, language, folded);
  const candidates: Candidate[] = [];
  const nameWordAt = (at: number): boolean => isNameWord(tokens[at], blocked, at);
  const abbreviationAt = (at: number) => dottedAbbreviationAt(tokens, text, at, (name) => names.gazetteer(name));
  // A listed dotted abbreviation is a name of its own, also after a head ("Gobierno de EE. UU.").
  const extendsTo = (at: number): boolean => nameWordAt(at) && abbreviationAt(at) === null;
  const titleOpensName = (at: number): boolean => titleOpensNameAt(tokens, at, text, language, blocked, context, names);
  let index = 0;
  while (index < tokens.length) {
    if (titleOpensName(index)) blocked.add(index);
    // "U.S.", "EE. UU.": a listed abbreviation with periods is a name whole, though its letters are no name words.
    const abbreviation = abbreviationAt(index);
    if (abbreviation !== null) {
      const sentenceInitial = isInitialPosition(tokens, index, text);
      const placePreposition = context.placeCueBefore(index, placeWords);
      candidates.push(abbreviationCandidate(tokens, text, index, abbreviation, { sentenceInitial, placePreposition }));
      index = abbreviation.last + 1;
      continue;
    }
    const isWord = nameWordAt(index);
    // A name may open on initials ("J. K. Rowling") or, after a title, on its particle ("le général de Gaulle"): the
    // particle is then the name's first word. Only a letter alone, or a lower-case particle, is looked at further.
    const initialsTo =
      isWord || tokens[index]!.text.length !== 1 || blocked.has(index)
        ? -1
        : afterInitials(tokens, text, index, nameWordAt, true);
    // Not before a known place: "H. C. Lausanne" is a hockey club.
    const opensOnInitials = initialsTo >= 0 && names.gazetteer(capitalRun(tokens, text, initialsTo)) === undefined;
    const opensOnParticle = !isWord && !opensOnInitials && context.opensOnParticle(index, nameWordAt);
    if (!isWord && !opensOnInitials && !opensOnParticle) {
      index++;
      continue;
    }
    let first = index;
    let last = opensOnInitials ? initialsTo : index;
    const headFolded = folded(first);
    const headed = ORGANIZATION_HEAD_SET.has(headFolded) || PLACE_HEAD_SET.has(headFolded);
    let joins = 0;
    let complemented = false;
    for (;;) {
      const next = tokens[last + 1];
      if (next === undefined || next.sentence !== tokens[last]!.sentence || abbreviationAt(last + 1) !== null) break;
      if (
        isNameWord(next, blocked, last + 1) &&
        joinsName(text, tokens[last]!.end, next.start, tokens[last]!.text) &&
        !caseBreak(tokens, first, last, vocabulary, names)
      ) {
        // "à l’AFP Maria Solis", "le député LR Eric Ciotti": a known name or a lone word, then a person, are two names.
        // German nouns are capitalised: a noun, then a name, are two ("die Zukunft Europas", "Nachrichtenagentur Interfax").
        const nounThenName = nounEndsName(tokens[last]!, folded(last), next, language, names);
        const beforePerson = isFirstName(next.text) && !isFirstName(tokens[first]!.text);
        const listedBefore =
          (beforePerson && gazetteerOf(tokens[first]!.start, tokens[last]!.end) !== undefined) ||
          (first === last && acronymBeforePerson(tokens, text, last, nameWordAt, (name) => names.gazetteer(name)));
        if (
          (nounThenName && gazetteerOf(tokens[first]!.start, next.end) === undefined) ||
          listedBefore ||
          (beforePerson &&
            isOneWord(tokens, text, first, last, language) &&
            !headed &&
            isWordBeforePerson(tokens, text, last, blocked, vocabulary, language))
        ) {
          passRole(roleBefore, first, last + 1);
          // "CDU-Chef Friedrich Merz": a compound's last part is the noun, the parts before it name the party.
          if (first < last && !listedBefore) blocked.add(last--);
          break;
        }
        last++;
        continue;
      }
      if (isRegnalNumeral(tokens, text, last + 1, isFirstName)) {
        last++;
        continue;
      }
      // Initials: "John F. Kennedy", "George H. W. Bush" (not a title: "Paris M. Macron").
      if (
        next.text.length === 1 &&
        text.slice(tokens[last]!.end, next.start) === " " &&
        titleAt(tokens, last + 1, text, language) === null
      ) {
        const resumed = afterInitials(tokens, text, last + 1, nameWordAt);
        if (resumed >= 0) {
          last = resumed;
          continue;
        }
      }
      const hyphened = hyphenLinkEnd(tokens, text, last) ?? givenNameSyllableEnd(tokens, text, first, last);
      const through =
        hyphened ??
        (headed ? null : knownNameEnd(tokens, text, first, last, names)) ??
        knownLowerEnd(tokens, text, first, last) ??
        organizationGoesOn(tokens, text, first, last, language);
      if (through !== null) {
        last = through;
        // "Bouches-du-Rhône Martine Vassal": a hyphenated place is whole unless a hyphen goes on.
        if (hyphened !== null && text.charCodeAt(tokens[last]!.end) !== HYPHEN) break;
        continue;
      }
      // Particles: "Charles de Gaulle", "von der Leyen", "Alliance de l'Atlantique Nord", "al-Assad"; after an English
      // head that ends a name, its complement ("Industrial Bank of Japan", "Chicago Board of Trade").
      const endHead = !headed && language === "en" && isOrganizationFinalHead(folded(last));
      const cursor = linksAfter(
        tokens,
        last,
        headed ? (ORGANIZATION_HEAD_SET.has(headFolded) ? "institution" : "place") : endHead ? "institution" : null,
      );
      const linked = cursor > last + 1;
      if ((headed || endHead) && joins > 0) break;
      if (!linked || !isNameWord(tokens[cursor], blocked, cursor) || tokens[cursor]!.sentence !== next.sentence) break;
      if (abbreviationAt(cursor) !== null) break;
      if (/[,;:.!?«»"“”()]/.test(text.slice(tokens[last]!.end, tokens[cursor]!.start))) break;
      const join = { first, last, cursor, headed: headed || endHead, foldedRight: folded(cursor), language };
      if (!joinsAcrossParticle(tokens, text, join, names, vocabulary)) break;
      last = cursor;
      joins++;
      complemented ||= endHead;
    }
    // Leading words that only start a sentence ("Dans", "Lire", "Vendredi") go, not a listed name unless a lone stopword
    // ("Cómo" is no Como); opening on initials or a particle, they stay ("L. Jalabert"); "La BBC" loses its article.
    const initial = isInitialPosition(tokens, first, text);
    const listedFrom = (at: number) => at <= last && gazetteerOf(tokens[at]!.start, tokens[last]!.end) !== undefined;
    while (first <= last) {
      const word = folded(first);
      const atStart = first === index && initial;
      if (listedFrom(first) && !(first === last && isStopwordAsWritten(tokens[first]!.normal, language))) break;
      const opening = first === index && (opensOnParticle || opensOnInitials);
      const common =
        (!opening && isEdgeStopword(tokens, first, "start", atStart, language, () => listedFrom(first + 1))) ||
        isCalendar(first) ||
        (atStart && !opening && vocabulary.lowercase.has(word) && !vocabulary.capitalizedInside.has(word)) ||
        (atStart && first < last && sentenceOpeners.has(word));
      if (!common) break;
      first++;
    }
    // A title that words trimmed above hid from the test at the loop's start ("Il Colonnello Gheddafi").
    if (first > index && first < last && titleOpensName(first)) first++;
    // "Alaska Gov. Sarah Palin": a title ends no name, it opens the next; a month after a given name is a surname.
    while (
      last >= first &&
      ((isCalendar(last) && !(last > first && isFirstName(tokens[last - 1]!.text))) ||
        (isEdgeStopword(tokens, last, "end", false, language) &&
          givenNameSyllableEnd(tokens, text, first, last - 1) !== last) ||
        (last > first && titleBefore(tokens, last, text, language)))
    )
      last--;
    if (first > last) {
      index = Math.max(index + 1, last + 1);
      continue;
    }
    // "mer Noire", "département d'État", "ministère de la Défense": a lower-case head belongs to the name.
    const lowerHeadAt = context.headBefore(first);
    const lowerHead = lowerHeadAt >= 0;
    if (lowerHead) first = lowerHeadAt;
    const extension =
      extensionKind(folded(first), gazetteerOf(tokens[first]!.start, tokens[last]!.end), language) ??
      qualifiedPlaceKind(tokens, text, first, last, names);
    const after = { complemented: joins > 0, names };
    if (extension !== null) last = extendName(tokens, text, last, extension, extendsTo, language, after);
    const nameStart = tokens[first]!.start;
    const end = tokens[last]!.end;
    const name = text.slice(nameStart, end);
    let start = nameStart;
    let hasTitle = false;
    const titleMatch = first > 0 ? titleAt(tokens, first - 1, text, language) : null;
    // "Präsident Frankreichs", "Președintele Ucrainei": a place in the genitive completes the function before it.
    const complement =
      (titleMatch !== null || roleBefore.has(first)) && isTitleComplement(name, language, names, isFirstName);
    if (titleMatch !== null && tokens[first - 1]!.sentence === tokens[first]!.sentence && !complement) {
      hasTitle = true;
      if (!titleMatch.plural && /^[ \u00a0]$/.test(text.slice(titleMatch.end, nameStart)))
        start = tokens[first - 1]!.start;
    }
    const before = tokens[first - 1];
    // Romanian's article of a man's name ("potrivit lui Lavrov") says a person as a title does, outside the name.
    hasTitle ||= before?.sentence === tokens[first]!.sentence && personArticles.has(before.normal);
    const sentenceInitial = first === index ? initial : isInitialPosition(tokens, first, text);
    // A town only GeoNames lists types the candidate that is one as a whole ("à Lorient"), and nothing else.
    const listed = gazetteerOf(nameStart, end) ?? names.town(name);
    const gazetteer = sentenceInitial && first === last && !listedAsWritten(name, listed, names) ? undefined : listed;
    const beforeFolded = before === undefined ? "" : normals[first - 1]!;
    const firstFolded = folded(first);
    const lastFolded = folded(last);
    if (first === last && isNounAfterDeterminer(tokens[first]!, beforeFolded, gazetteer, language)) {
      index = last + 1;
      continue;
    }
    candidates.push({
      start,
      end,
      text: text.slice(start, end),
      nameStart,
      name,
      words: last - first + 1,
      cues: {
        title: hasTitle,
        role: complement ? null : (roleBefore.get(first) ?? null),
        organizationHead: complemented || hasOrganizationHead(firstFolded, lastFolded, last - first + 1, language),
        placeHead:
          (PLACE_HEAD_SET.has(firstFolded) && !ORGANIZATION_HEAD_SET.has(firstFolded)) ||
          (extension === "place" && last > first) ||
          HYPHEN_LINKED_PLACE.test(name),
        placeNounAfter: placeNounAfter(tokens, text, last, language),
        placePreposition: context.placeCueBefore(first, placeWords),
        group:
          last === first &&
          !lowerHead &&
          before !== undefined &&
          PLURAL_ARTICLES.has(beforeFolded) &&
          ENDS_PLURAL.test(name),
      },
      sentenceInitial,
      confirmed:
        !sentenceInitial ||
        last > first ||
        vocabulary.capitalizedInside.has(firstFolded) ||
        // Listed, unless the story writes it in lower case ("Nice to…" is no Nice).
        ((gazetteer !== undefined || isWellKnownPerson(name)) && !vocabulary.lowercase.has(firstFolded)),
      sentence: tokens[first]!.sentence,
      lastToken: last,
      gazetteer,
      foldedWord: first === last ? firstFolded : undefined,
    });
    index = last + 1;
  }
  return candidates;
}
