import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { LOWERCASE_NAME_HEADS, ORGANIZATION_HEADS, PLACE_HEADS } from "../../../language-data/name-heads.js";
import { NAME_PARTICLES, NAME_PREFIXES, PLACE_PREPOSITIONS } from "../../../language-data/name-particles.js";
import { ROLE_TITLE_WORDS } from "../../../language-data/roles.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";
import { foldAccents } from "../../segment/index.js";
import { calendarWords } from "./calendar-words.js";
import type { RoleMatch } from "./find-roles.js";
import { lookupGazetteer } from "./gazetteer.js";

/** Which cues stand around one capitalised sequence. */
export interface CandidateCues {
  /** An honorific before it ("M.", "Mrs", "Herr"), included in the span when singular. */
  title: boolean;
  /** A function title right before it ("le ministre russe Sergueï Lavrov"). */
  role: RoleMatch | null;
  organizationHead: boolean;
  placeHead: boolean;
  /** A preposition of place right before it ("à Genève", "in Berlin"). */
  placePreposition: boolean;
  /** A plural word after a plural article ("les Occidentaux", "aux Ukrainiens"): a group of people, no name. */
  group: boolean;
}

/** A capitalised sequence that may name an entity. `text === source.slice(start, end)`. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Where the bare name starts (after a singular title), and the bare name. */
  nameStart: number;
  name: string;
  /** Number of words in the bare name. */
  words: number;
  cues: CandidateCues;
  /** First token of its sentence (or after an opening quote, a colon, a dash). */
  sentenceInitial: boolean;
  /** False for a lone word that starts a sentence and is not written capitalised anywhere else in the story. */
  confirmed: boolean;
  sentence: number;
}

/** What the whole story says about words, so one article's sentence starts can be told from names. */
export interface StoryVocabulary {
  /** Folded words seen in lower case. */
  lowercase: Set<string>;
  /** Folded words seen capitalised away from a sentence start. */
  capitalizedInside: Set<string>;
}

const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
const PLACE_HEAD_SET = new Set(PLACE_HEADS);
const LOWERCASE_HEAD_SET = new Set(LOWERCASE_NAME_HEADS);
const PARTICLES = new Set(NAME_PARTICLES.map((particle) => particle.replace(/['’]$/, "")));
const PREFIXES = new Set(NAME_PREFIXES);
/** Words that link a head to its complement inside an institution's name ("Banque de France", "University of Geneva"). */
const HEAD_LINKS = new Set([
  "de",
  "du",
  "des",
  "d",
  "la",
  "l",
  "le",
  "les",
  "of",
  "the",
  "for",
  "di",
  "del",
  "della",
  "dello",
  "degli",
  "do",
  "da",
  "dos",
  "das",
  "für",
  "fur",
  "der",
  "den",
  "y",
  "et",
  "and",
  "e",
  "si",
  "și",
  "pour",
]);
/** Particles that only ever join names, whatever stands around them. */
/** Plural articles before a word for a group of people ("les Occidentaux", "los Aliados"). */
const PLURAL_ARTICLES = new Set([
  "les",
  "des",
  "aux",
  "los",
  "las",
  "os",
  "as",
  "gli",
  "i",
  "le",
  "the",
  "die",
  "de",
  "ii",
  "lor",
]);
const STRONG_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "ter",
  "ten",
  "da",
  "dos",
  "das",
  "di",
  "del",
  "della",
  "bin",
  "ibn",
  "al",
  "el",
  "ben",
  "abu",
  "zu",
  "af",
]);

const titleSets = new Map<string, Set<string>>();
function titles(language: string): Set<string> {
  let set = titleSets.get(language);
  if (set === undefined) {
    set = new Set(
      [...(PERSON_TITLES[language as SupportedLanguage] ?? []), ...PERSON_TITLES.en].map((title) =>
        title.toLowerCase(),
      ),
    );
    titleSets.set(language, set);
  }
  return set;
}

/** "M." / "MM." / "Mme" / "Herr" written at token `index`, with its period; null when not a title. */
export function titleAt(
  tokens: readonly Token[],
  index: number,
  text: string,
  language: string,
): { end: number; plural: boolean } | null {
  const token = tokens[index];
  if (token === undefined || !token.capitalized) return null;
  const set = titles(language);
  const withPeriod = text[token.end] === "." ? `${token.text}.`.toLowerCase() : null;
  if (withPeriod !== null && set.has(withPeriod))
    return { end: token.end + 1, plural: /^(mm|messrs|sigg)\.$/.test(withPeriod) };
  if (set.has(token.text.toLowerCase()))
    return { end: token.end, plural: /^(mmes|messieurs)$/.test(token.text.toLowerCase()) };
  return null;
}

function isInitialPosition(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (previous === undefined || previous.sentence !== token.sentence) return true;
  const gap = text.slice(previous.end, token.start);
  return /[«“"„:—–(\n•]/.test(gap) || /[.!?]\s*$/.test(gap);
}

/** Folded words of the story seen in lower case, and seen capitalised inside sentences. */
export function collectVocabulary(documents: readonly { text: string; tokens: readonly Token[] }[]): StoryVocabulary {
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const { text, tokens } of documents) {
    tokens.forEach((token, index) => {
      const folded = foldAccents(token.text);
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(folded);
      else if (token.capitalized && !isInitialPosition(tokens, index, text)) capitalizedInside.add(folded);
    });
  }
  return { lowercase, capitalizedInside };
}

function isNameWord(token: Token | undefined, blocked: ReadonlySet<number>, index: number): boolean {
  if (token === undefined || blocked.has(index) || !token.capitalized) return false;
  if (token.text.length === 1) return false;
  return /^\p{Lu}/u.test(token.text);
}

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
): Candidate[] {
  const blocked = new Set<number>();
  const roleTitleWords = new Set(ROLE_TITLE_WORDS[language as SupportedLanguage] ?? []);
  const roleBefore = new Map<number, RoleMatch>();
  for (const role of roles) {
    for (let index = role.first; index <= role.last; index++) {
      const token = tokens[index]!;
      if (
        token.capitalized &&
        (roleTitleWords.has(foldAccents(token.text)) || index === role.first || !token.isStopword)
      )
        blocked.add(index);
    }
    let next = role.last + 1;
    // "Le secrétaire d'État des États-Unis" is no name; "ministre des Affaires étrangères" runs its capitalised words in.
    while (
      tokens[next] !== undefined &&
      tokens[next]!.capitalized &&
      roleTitleWords.has(foldAccents(tokens[next]!.text))
    )
      blocked.add(next++);
    roleBefore.set(next, role);
  }
  const calendar = calendarWords(language);
  const placePrepositions = new Set(PLACE_PREPOSITIONS[language as SupportedLanguage] ?? PLACE_PREPOSITIONS.en);
  const candidates: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const title = titleAt(tokens, index, text, language);
    // "M. Lavrov", "Président Wilson": the title is a cue, not part of the name ("Saint-Pétersbourg" keeps it).
    if (
      title !== null &&
      isNameWord(tokens[index + 1], blocked, index + 1) &&
      text.slice(title.end, tokens[index + 1]!.start) !== "-"
    ) {
      blocked.add(index);
    }
    if (!isNameWord(tokens[index], blocked, index)) {
      index++;
      continue;
    }
    let first = index;
    let last = index;
    const headFolded = foldAccents(tokens[first]!.text);
    const headed = ORGANIZATION_HEAD_SET.has(headFolded) || PLACE_HEAD_SET.has(headFolded);
    let joins = 0;
    for (;;) {
      const next = tokens[last + 1];
      if (next === undefined || next.sentence !== tokens[last]!.sentence) break;
      const gap = text.slice(tokens[last]!.end, next.start);
      if (isNameWord(next, blocked, last + 1) && /^(?:[ \u00a0]|-|[ \u00a0]?&[ \u00a0]?)$/.test(gap)) {
        last++;
        continue;
      }
      // Particles: "Charles de Gaulle", "von der Leyen", "Alliance de l'Atlantique Nord", "al-Assad".
      let cursor = last + 1;
      let linked = false;
      while (cursor <= last + 3 && tokens[cursor] !== undefined && !tokens[cursor]!.capitalized) {
        const word = tokens[cursor]!.normal.replace(/['’]$/, "");
        if (!(headed ? HEAD_LINKS.has(word) || PARTICLES.has(word) : PARTICLES.has(word) || PREFIXES.has(word))) break;
        cursor++;
        linked = true;
      }
      if (headed && joins > 0) break;
      if (!linked || !isNameWord(tokens[cursor], blocked, cursor) || tokens[cursor]!.sentence !== next.sentence) break;
      if (/[,;:.!?«»"“”()]/.test(text.slice(tokens[last]!.end, tokens[cursor]!.start))) break;
      const particle = tokens[last + 1]!.normal.replace(/['’]$/, "");
      const right = tokens[cursor]!.text;
      const leftText = text.slice(tokens[first]!.start, tokens[last]!.end);
      const joined = text.slice(tokens[first]!.start, tokens[cursor]!.end);
      const joinable =
        lookupGazetteer(joined) !== undefined ||
        headed ||
        STRONG_PARTICLES.has(particle) ||
        (["de", "du", "d"].includes(particle) &&
          last === first &&
          lookupGazetteer(right) === undefined &&
          lookupGazetteer(leftText) === undefined &&
          !vocabulary.lowercase.has(foldAccents(right)));
      if (!joinable) break;
      last = cursor;
      joins++;
    }
    // Leading words that only start a sentence ("Dans", "Lire", "Vendredi"): drop them.
    const initial = isInitialPosition(tokens, first, text);
    while (first <= last) {
      const token = tokens[first]!;
      const folded = foldAccents(token.text);
      const atStart = first === index && initial;
      const whole = text.slice(token.start, tokens[last]!.end);
      if (lookupGazetteer(whole) !== undefined) break;
      const common =
        token.isStopword ||
        calendar.has(folded) ||
        (atStart && vocabulary.lowercase.has(folded) && !vocabulary.capitalizedInside.has(folded));
      if (!common) break;
      first++;
    }
    while (last >= first && (calendar.has(foldAccents(tokens[last]!.text)) || tokens[last]!.isStopword)) last--;
    if (first > last) {
      index = Math.max(index + 1, last + 1);
      continue;
    }
    // "mer Noire", "département d'État", "ministère de la Défense": a lower-case head belongs to the name.
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
    const headWord = head === undefined ? "" : foldAccents(head.normal);
    const lowerHead =
      head !== undefined &&
      head.sentence === tokens[first]!.sentence &&
      !head.capitalized &&
      !blocked.has(headFirst - 1) &&
      LOWERCASE_HEAD_SET.has(headWord) &&
      !/[,;:.!?«»"“”()]/.test(text.slice(head.end, tokens[first]!.start));
    if (lowerHead) first = headFirst - 1;
    const nameStart = tokens[first]!.start;
    const end = tokens[last]!.end;
    const name = text.slice(nameStart, end);
    let start = nameStart;
    let hasTitle = false;
    const titleMatch = first > 0 ? titleAt(tokens, first - 1, text, language) : null;
    if (titleMatch !== null && tokens[first - 1]!.sentence === tokens[first]!.sentence) {
      hasTitle = true;
      if (!titleMatch.plural && /^[ \u00a0]$/.test(text.slice(titleMatch.end, nameStart)))
        start = tokens[first - 1]!.start;
    }
    const before = tokens[first - 1];
    const sentenceInitial = isInitialPosition(tokens, first, text);
    const beforeFolded = before === undefined ? "" : foldAccents(before.normal);
    const firstFolded = foldAccents(tokens[first]!.text);
    const lastFolded = foldAccents(tokens[last]!.text);
    candidates.push({
      start,
      end,
      text: text.slice(start, end),
      nameStart,
      name,
      words: last - first + 1,
      cues: {
        title: hasTitle,
        role: roleBefore.get(first) ?? null,
        organizationHead:
          ORGANIZATION_HEAD_SET.has(firstFolded) || /^(?:sa|inc|ltd|llc|plc|corp|gmbh|ag|spa)$/.test(lastFolded),
        placeHead: PLACE_HEAD_SET.has(firstFolded) && !ORGANIZATION_HEAD_SET.has(firstFolded),
        placePreposition: before !== undefined && !before.capitalized && placePrepositions.has(before.normal),
        group:
          last === first &&
          !lowerHead &&
          before !== undefined &&
          PLURAL_ARTICLES.has(beforeFolded) &&
          /\p{Ll}[sx]$/u.test(name),
      },
      sentenceInitial,
      confirmed:
        !sentenceInitial ||
        last > first ||
        vocabulary.capitalizedInside.has(firstFolded) ||
        lookupGazetteer(name) !== undefined,
      sentence: tokens[first]!.sentence,
    });
    index = last + 1;
  }
  return candidates;
}
