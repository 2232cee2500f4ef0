import type { EntityType } from "../../../domain/story.js";
import { NAME_ARTICLES, NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { companyShortFormOwners, mayShorten } from "./company-short-form.js";
import { isFirstName } from "./first-names.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { leadingNameOwners } from "./leading-name.js";
import { misspelling } from "./misspelling.js";
import { compatible, type Family, personLike } from "./name-family.js";
import { nameKey, nameSimilarity, spellingOf } from "./name-key.js";
import { oneEditApart, vowelVariant, withMiddleNames, withoutInnerH } from "./name-variants.js";
import { territoryOwners } from "./territory-owners.js";
import { trailingNameOwners } from "./trailing-name.js";
import { addVotes, emptyVotes, STRONG_CUE, storyType, type TypeVotes, winningType } from "./type-votes.js";
import { UnionFind } from "./union-find.js";

export interface NameGroupInput {
  name: string;
  gazetteer: GazetteerEntry | undefined;
  votes: TypeVotes;
  /** A town only GeoNames lists: the entity is a place when no cue says what it is. */
  town?: boolean;
  /** Unconfirmed: a lone word opening a sentence, written capitalised nowhere else (see `Candidate.confirmed`). */
  candidate?: { readonly confirmed: boolean };
  /** The acronym written in parentheses right after this mention ("… de volcanologie (INGV)"), if any. */
  acronym?: string | undefined;
}

/** How many times more often the one a lone surname names is written in full than its namesakes together. */
const DOMINANT_SHARE = 3;

/**
 * The person a lone surname names when several of the story share it: the one written in full far more often
 * than the others together ("Gheddafi" in a story of Muammar Gheddafi that also names his sons once each), if any.
 */
function dominantOwner(owners: readonly number[], families: readonly Family[]): number | undefined {
  let best: number | undefined;
  let total = 0;
  for (const owner of owners) {
    const family = families[owner]!;
    total += family.count;
    if (personLike(family) && (best === undefined || family.count > families[best]!.count)) best = owner;
  }
  if (best === undefined) return undefined;
  const count = families[best]!.count;
  return count >= DOMINANT_SHARE && count >= DOMINANT_SHARE * (total - count) ? best : undefined;
}

/** Keyed generational suffixes: "Martin Luther King Jr" is a King, not a "Jr". */
const SUFFIX_KEYS = new Set(["Jr", "Sr", "II", "III", "IV"].map(nameKey));
/** Keyed name particles ("de", "von", "van der"): "de Gaulle" is a lone surname. */
const PARTICLE_KEYS = new Set([...NAME_PARTICLES, ...NAME_ARTICLES].map(nameKey).filter((key) => key !== ""));

/** "Lavrov", or a surname after its particles or its article: "de Gaulle", "von der Leyen", "Le Pen". */
function isLoneSurname(keyWords: readonly string[]): boolean {
  for (let index = 0; index < keyWords.length - 1; index++) if (!PARTICLE_KEYS.has(keyWords[index]!)) return false;
  return true;
}

/** The surname of a keyed name of several words: its last word, before a generational suffix. */
export function surnameOf(keyWords: readonly string[]): string {
  return keyWords.length > 2 && SUFFIX_KEYS.has(keyWords.at(-1)!) ? keyWords.at(-2)! : keyWords.at(-1)!;
}

/**
 * The words of a keyed full name its bearer goes by alone: its surname, and the word before a particle inside it when
 * that is no given name ("Giscard" of "Valéry Giscard d'Estaing", "Rebelo" of "Marcelo Rebelo de Sousa"; not "Marie"
 * of "Jean-Marie Le Pen"). `spelling`: the name's written words, folded; `surnames`: the last words of the
 * story's names of two words or more.
 */
function surnamesOf(keyWords: readonly string[], spelling: readonly string[], surnames: ReadonlySet<string>): string[] {
  const surname = surnameOf(keyWords);
  const particle = keyWords.findIndex(
    (word, index) => index >= 2 && index < keyWords.length - 1 && PARTICLE_KEYS.has(word),
  );
  const before = spelling[particle - 1];
  // Not when another name ends with it: then the words after the particle are more likely run into the name ("Luciano
  // Sardelli di Pt" beside "Luciano Sardelli").
  return particle < 0 || before === undefined || isFirstName(before) || surnames.has(keyWords[particle - 1]!)
    ? [surname]
    : [surname, keyWords[particle - 1]!];
}

/** The first words of the story's names of two words or more, by their last word ("reagan" → {"ronald"}). */
function givenNamesBySurname(words: readonly (readonly string[])[]): Map<string, Set<string>> {
  const given = new Map<string, Set<string>>();
  for (const keyWords of words) {
    if (keyWords.length < 2) continue;
    const surname = surnameOf(keyWords);
    given.set(surname, (given.get(surname) ?? new Set()).add(keyWords[0]!));
  }
  return given;
}

/**
 * Whether two lone names one edit apart are the surnames of two people the story names in full with other
 * given names ("Reagan" of Ronald Reagan, "Regan" of Donald Regan): no misspelling, then.
 */
function twoPeople(
  given: ReadonlyMap<string, ReadonlySet<string>>,
  a: readonly string[],
  b: readonly string[],
): boolean {
  if (a.length !== 1 || b.length !== 1) return false;
  const [givenA, givenB] = [given.get(a[0]!), given.get(b[0]!)];
  return givenA !== undefined && givenB !== undefined && ![...givenA].some((name) => givenB.has(name));
}

/**
 * Groups the names of a story's mentions into entities: the same spelling-insensitive key; the same
 * gazetteer entry (Russie / Russia, OTAN / NATO); a misspelling one edit away ("Bliken" → "Blinken",
 * "Etats-Uns" → "États-Unis"); the same first name and a close surname ("Vladimir Purtin" → "Vladimir
 * Poutine"); a lone surname to the one full name that ends with it ("Lavrov" → "Sergueï Lavrov"); a compound given
 * name or the last words of one full name to it ("Seif al-Islam", "Campos Neto"); a company's short form to the one
 * company written with its legal form ("Enzon" → "Enzon Inc").
 */
export function groupNames(
  inputs: readonly NameGroupInput[],
  keyOf: (name: string) => string = nameKey,
): { groupOf: number[]; types: EntityType[] } {
  const keyIndex = new Map<string, number>();
  const families: Family[] = [];
  // Each key's name as first written: a company's legal form is read on it ("SA", not "sa").
  const written: string[] = [];
  const familyOf = inputs.map((input) => {
    const key = keyOf(input.name);
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = families.length;
      keyIndex.set(key, index);
      written.push(input.name);
      families.push({
        gazetteer: input.gazetteer?.id,
        town: false,
        spelling: spellingOf(input.name).toLowerCase(),
        votes: emptyVotes(),
        count: 0,
        confirmed: false,
      });
    }
    const family = families[index]!;
    addVotes(family.votes, input.votes);
    family.count++;
    family.gazetteer ??= input.gazetteer?.id;
    family.town ||= input.town === true;
    family.confirmed ||= input.candidate?.confirmed !== false;
    return index;
  });
  const union = new UnionFind(families.length);
  const merge = (a: number, b: number): void => {
    const ra = union.find(a);
    const rb = union.find(b);
    if (ra === rb) return;
    union.union(ra, rb);
    const target = families[Math.min(ra, rb)]!;
    const source = families[Math.max(ra, rb)]!;
    addVotes(target.votes, source.votes);
    target.count += source.count;
    target.gazetteer ??= source.gazetteer;
    target.town ||= source.town;
  };
  const byGazetteer = new Map<string, number>();
  families.forEach((family, index) => {
    if (family.gazetteer === undefined) return;
    const seen = byGazetteer.get(family.gazetteer);
    if (seen === undefined) byGazetteer.set(family.gazetteer, index);
    else merge(seen, index);
  });
  // An institution and the acronym given after it are one, and so two names given the same one ("National Institute
  // of Geophysics and Volcanology (INGV)", "Istituto Nazionale di Geofisica e Vulcanologia (INGV)"): the acronym in
  // parentheses is a mention of its own. Not a person, whose parentheses give a party ("Marine Le Pen (RN)").
  inputs.forEach((input, index) => {
    const owner = input.acronym === undefined ? undefined : keyIndex.get(keyOf(input.acronym));
    const family = families[union.find(familyOf[index]!)]!;
    if (owner === undefined || winningType(family.votes) === "person" || personLike(families[union.find(owner)]!))
      return;
    if (compatible(families[union.find(owner)]!, family)) merge(owner, familyOf[index]!);
  });
  // Key `a` is family `a`: families are numbered as their keys are first met.
  const keys = [...keyIndex.keys()];
  const words = keys.map((key) => key.split(" "));
  const spellingWords = families.map((family) => family.spelling.split(" "));
  const rootOf = (index: number): number => union.find(index);
  const typeOfRoot = (root: number): EntityType =>
    families[root]!.gazetteer === undefined ? winningType(families[root]!.votes) : "place";
  const bare = keys.map(withoutInnerH);
  const givenNames = givenNamesBySurname(words);
  for (let a = 0; a < keys.length; a++) {
    const ka = keys[a]!;
    const wa = words[a]!;
    for (let b = a + 1; b < keys.length; b++) {
      const kb = keys[b]!;
      const wb = words[b]!;
      // Cheap tests first: only near-equal lengths or a shared first name can merge.
      const closeSpelling = Math.min(ka.length, kb.length) >= 5 && Math.abs(ka.length - kb.length) <= 1;
      // The same given name, as transliterations write it ("Abdel" / "Abdul Fatah Khalil al-Sisi").
      const sameFirst = wa.length >= 2 && wb.length >= 2 && vowelVariant(wa[0]!, wb[0]!);
      if (!closeSpelling && !sameFirst) continue;
      // Then the spelling itself, before the families: most names of near-equal lengths are no misspelling.
      const oneEdit = closeSpelling && oneEditApart(ka, kb, bare[a]!, bare[b]!);
      const middleNames = sameFirst && wa.length !== wb.length && withMiddleNames(wa, wb);
      if (!oneEdit && !(sameFirst && wa.length === wb.length) && !middleNames) continue;
      const fa = families[union.find(a)]!;
      const fb = families[union.find(b)]!;
      if (fa === fb || !compatible(fa, fb)) continue;
      if (
        oneEdit &&
        (fa.gazetteer === undefined || fb.gazetteer === undefined) &&
        misspelling(ka, kb, fa, fb) &&
        !twoPeople(givenNames, wa, wb)
      ) {
        merge(a, b);
        continue;
      }
      if (!personLike(fa) || !personLike(fb)) continue;
      // The same given name: a close surname ("Vladimir Purtin") and close middle names ("Ali Abdallah Saleh"; not
      // "Ali Akbar Salehi"), or middle names.
      const closeSurname =
        sameFirst &&
        wa.length === wb.length &&
        wa.every((word, at) => at === 0 || nameSimilarity(word, wb[at]!) >= 0.6);
      if (middleNames || closeSurname) merge(a, b);
    }
  }
  // A lone surname joins the one full name ending with it.
  const surnameOwners = new Map<string, Set<number>>();
  const lastWords = new Set(words.filter((keyWords) => keyWords.length >= 2).map((keyWords) => keyWords.at(-1)!));
  keys.forEach((_, index) => {
    const keyWords = words[index]!;
    const root = union.find(index);
    if (isLoneSurname(keyWords) || families[root]!.gazetteer !== undefined) return;
    for (const surname of surnamesOf(keyWords, spellingWords[index]!, lastWords)) {
      const owners = surnameOwners.get(surname) ?? new Set<number>();
      owners.add(root);
      surnameOwners.set(surname, owners);
    }
  });
  keys.forEach((_, index) => {
    const keyWords = words[index]!;
    if (!isLoneSurname(keyWords)) return;
    const known = surnameOwners.get(keyWords.at(-1)!);
    if (known === undefined) return;
    const owners = [...known].map((owner) => union.find(owner));
    const distinct = [...new Set(owners)].filter(
      (owner) => personLike(families[owner]!) || winningType(families[owner]!.votes) === "other",
    );
    const family = families[union.find(index)]!;
    if (family.gazetteer !== undefined) return;
    const owner = distinct.length === 1 ? distinct[0] : dominantOwner(distinct, families);
    if (owner !== undefined && compatible(family, families[owner]!)) merge(owner, index);
    // The surname of several people of the story ("Gadafi" of Muamar and of Saif el Islam el Gadafi): a person,
    // though not which one.
    else if (distinct.filter((other) => personLike(families[other]!)).length > 1)
      family.votes.person += STRONG_CUE * family.count;
  });
  // A compound given name joins the one full name opening with it ("Seif al-Islam" → "Seif el-Islam Kadhafi"): after
  // the lone surnames, whose owner is told by how often each full name is written.
  for (const [index, owner] of leadingNameOwners(words, rootOf, typeOfRoot))
    if (compatible(families[union.find(index)]!, families[union.find(owner)]!)) merge(owner, index);
  // The last words of one full name ("Campos Neto" → "Roberto Campos Neto").
  for (const [index, owner] of trailingNameOwners(words, spellingWords, rootOf, typeOfRoot))
    if (compatible(families[union.find(index)]!, families[union.find(owner)]!)) merge(owner, index);
  // A territory named with its head and alone ("canton de Vaud", "Vaud").
  for (const [index, owner] of territoryOwners(keys))
    if (compatible(families[rootOf(index)]!, families[rootOf(owner)]!)) merge(owner, index);
  // A company's short form, unless a listed name or a strong cue says otherwise: its mentions are the company's.
  for (const [index, owner] of companyShortFormOwners(words, written, rootOf)) {
    const short = families[union.find(index)]!;
    if (short.gazetteer !== undefined || !mayShorten(short.votes, short.count)) continue;
    const count = short.count;
    merge(owner, index);
    families[union.find(owner)]!.votes.organization += STRONG_CUE * count;
  }
  const dense = new Map<number, number>();
  const types: EntityType[] = [];
  const groupOf = familyOf.map((family) => {
    const root = union.find(family);
    let group = dense.get(root);
    if (group === undefined) {
      group = types.length;
      dense.set(root, group);
      const type = storyType(families[root]!.votes, families[root]!.count);
      types.push(type === "other" && families[root]!.town ? "place" : type);
    }
    return group;
  });
  return { groupOf, types };
}
